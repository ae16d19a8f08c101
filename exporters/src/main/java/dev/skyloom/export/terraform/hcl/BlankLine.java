package dev.skyloom.export.terraform.hcl;

/** An explicit blank line, e.g. after meta-arguments; the writer never emits two in a row. */
public record BlankLine() implements HclBody {}

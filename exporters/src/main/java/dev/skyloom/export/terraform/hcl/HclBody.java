package dev.skyloom.export.terraform.hcl;

/** An item in a block body or at the top level of a file. */
public sealed interface HclBody permits Attribute, Block, Comment, BlankLine {}

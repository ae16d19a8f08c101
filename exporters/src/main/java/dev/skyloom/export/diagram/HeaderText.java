package dev.skyloom.export.diagram;

/**
 * The header of a container, relative to its top-left: a chip (a provider's initials or a region's
 * country code) and the title cut to the width left. {@code name} is the full title for tooltips.
 */
public record HeaderText(String name, Rect chip, double chipRadius, TextLine chipText, TextLine title) {}

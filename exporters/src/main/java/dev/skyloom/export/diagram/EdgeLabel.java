package dev.skyloom.export.diagram;

/**
 * A connection's label in world coordinates: the pill around it (placed clear of cards and of the labels
 * placed before it where the route allows) and the centred text. {@code name} is the full label.
 */
public record EdgeLabel(String name, Rect pill, TextLine text) {}

package dev.skyloom.export.diagram;

/**
 * A connection's label in world coordinates: the pill around it (placed clear of cards and of the labels
 * placed before it where the route allows) and the centred text. {@code name} is the full label.
 * {@code hidden} when no spot along or beside the route is free: outputs then leave it out (the canvas
 * shows it on hover) rather than draw it over a card or another label.
 */
public record EdgeLabel(String name, Rect pill, TextLine text, boolean hidden) {}

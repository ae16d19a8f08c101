/**
 * The one diagram of a design, free of any UI toolkit: what the canvas shows and what every picture
 * (PNG, SVG, PDF, and later slides or draw.io files) draws. Outputs only draw it; none computes geometry,
 * fits text or picks colours of its own.
 *
 * <h2>Pieces, in the order an output uses them</h2>
 *
 * <ol>
 *   <li>{@link dev.skyloom.export.diagram.Diagram#of(dev.skyloom.model.Design)}: the layout
 *       ({@link dev.skyloom.export.diagram.DiagramLayout}: stored bounds, automatic placement, containers
 *       grown to fit), routed edges ({@link dev.skyloom.export.diagram.EdgeRouter},
 *       {@link dev.skyloom.export.diagram.Route}), the draw order (containers by depth, edges, cards) and a
 *       {@link dev.skyloom.export.diagram.SpatialIndex} for culling and hit-testing.
 *       {@code Diagram.of(design, previous)} reuses each previous route whose router looked at nothing the
 *       edit moved, added or removed (detours included, with what they spent of the shared budget).
 *   <li>{@link dev.skyloom.export.diagram.DiagramLabels#of}: every text fitted and placed with one
 *       {@link dev.skyloom.export.diagram.TextMeasure}: a card's name wrapped to at most two lines within
 *       the measured width (ellipsis only past that; {@link dev.skyloom.export.diagram.CardText#name()}
 *       keeps the full name for tooltips), container headers ({@link dev.skyloom.export.diagram.HeaderText})
 *       and edge labels placed clear of cards and earlier labels ({@link
 *       dev.skyloom.export.diagram.EdgeLabel}). Coordinates are world units (100 % zoom); card and header
 *       text is relative to its box, so a surface scales and offsets it.
 *   <li>{@link dev.skyloom.export.diagram.DiagramStyle}: colours (light and dark, per provider, per
 *       component kind and connection type), strokes and dash patterns, the font family and every size,
 *       as plain {@link dev.skyloom.export.diagram.Colour} and {@link dev.skyloom.export.diagram.LineStyle}
 *       values. The canvas converts them to JavaFX paints ({@code CanvasTheme}); pictures convert them to
 *       their own colour type.
 *   <li>{@link dev.skyloom.export.diagram.DiagramLegend}: the legend rows a design needs, and
 *       {@link dev.skyloom.export.diagram.DiagramText}: the words on cards, headers and edges.
 * </ol>
 *
 * <h2>Text measurement</h2>
 *
 * <p>Every output measures with the bundled DejaVu Sans ({@link
 * dev.skyloom.export.diagram.TextMeasure#FONT_RESOURCE}, its licence beside it) through a
 * {@link dev.skyloom.export.diagram.GlyphAdvances} subclass: {@code AwtTextMeasure} (picture package,
 * command line) and {@code FxTextMeasure} (canvas). Both sum per-character advances read from the same
 * font, so names wrap identically on screen and in files ({@code CanvasMatchesPicturesTest}).
 *
 * <h2>Adding an output</h2>
 *
 * <p>Build the {@code Diagram} and its {@code DiagramLabels} (or take the canvas' ones, as the designer's
 * export may), then draw: boxes from {@code Diagram.items()}, their text from the labels, colours from the
 * style. {@code dev.skyloom.export.picture.DiagramPictures} is the worked example. This package must stay
 * free of JavaFX, AWT and format libraries ({@code DiagramPackageRulesTest}).
 */
package dev.skyloom.export.diagram;

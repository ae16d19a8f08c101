package dev.skyloom.app.export;

import dev.skyloom.app.picture.PictureExports;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.export.picture.DiagramPicture;
import dev.skyloom.export.xlsx.WorkbookBaseline;
import dev.skyloom.model.Design;
import dev.skyloom.model.check.Checks;
import dev.skyloom.model.check.Finding;
import dev.skyloom.model.cost.CostEngine;
import dev.skyloom.model.cost.CostReport;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The design and catalog an export run writes from, with what several formats need computed once
 * (the cost report, the findings, the laid-out picture). Not thread-safe: one run, one thread.
 */
public final class ExportInput {
    private final Design design;
    private final Catalog catalog;
    private final Clock clock;
    private final Optional<WorkbookBaseline> baseline;
    private CostReport cost;
    private List<Finding> findings;
    private DiagramPicture picture;
    private boolean mark = true;

    public ExportInput(Design design, Catalog catalog, Clock clock) {
        this(design, catalog, clock, Optional.empty());
    }

    /** With a baseline design's cost for the workbook's Comparison sheet ({@code export --compare}). */
    public ExportInput(Design design, Catalog catalog, Clock clock, Optional<WorkbookBaseline> baseline) {
        this.design = Objects.requireNonNull(design, "design");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.baseline = Objects.requireNonNull(baseline, "baseline");
    }

    public Optional<WorkbookBaseline> baseline() {
        return baseline;
    }

    public Design design() {
        return design;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** The run's date (its clock's day), for titles. */
    public java.time.LocalDate date() {
        return java.time.LocalDate.now(clock);
    }

    public CostReport cost() {
        if (cost == null) {
            cost = new CostEngine(catalog).price(design);
        }
        return cost;
    }

    public List<Finding> findings() {
        if (findings == null) {
            findings = Checks.runAll(design, catalog);
        }
        return findings;
    }

    /** The diagram as the canvas lays it out (light theme), dated by the run's clock. */
    public DiagramPicture picture() {
        if (picture == null) {
            picture = new PictureExports(catalog, clock).picture(design).withMark(mark);
        }
        return picture;
    }

    /** Whether pictures carry the "Skyloom" mark (they do unless the user turned it off). */
    public ExportInput withMark(boolean on) {
        this.mark = on;
        this.picture = null;
        return this;
    }
}

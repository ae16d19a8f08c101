package dev.skyloom.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.Pricing;
import dev.skyloom.model.TestDesigns;
import dev.skyloom.model.check.Checks;
import dev.skyloom.model.cost.CostEngine;
import dev.skyloom.model.cost.CostLine;
import dev.skyloom.model.cost.CostReport;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Comparison sheet recalculated by LibreOffice from zeroed caches equals the cost engine on both sides. */
class ComparisonSheetTest {
    private static final Catalog CATALOG = CatalogLoader.bundled();

    /** The base with its first pool's count raised by one and an unpriced pool (unknown type) added. */
    private static Design head(Design base) {
        List<Component> list = new ArrayList<>();
        boolean raised = false;
        String region = null;
        for (Component c : base.components()) {
            if (!raised && c instanceof Component.GpuPool p) {
                list.add(p.withCount(p.count() + 1));
                region = p.parent().orElseThrow();
                raised = true;
            } else {
                list.add(c);
            }
        }
        list.add(new Component.GpuPool(
                "mystery",
                "",
                Optional.of(region),
                "x9.unknown",
                2,
                Pricing.ON_DEMAND,
                Component.GpuPool.DEFAULT_HOURS,
                Optional.empty(),
                Map.of()));
        return base.withComponents(list);
    }

    @Test
    void libreOfficeRecalculationGivesBothTotalsAndEveryLineDelta(@TempDir Path dir) throws Exception {
        Design base = TestDesigns.euTraining();
        Design head = head(base);
        CostReport before = new CostEngine(CATALOG).price(base);
        CostReport after = new CostEngine(CATALOG).price(head);
        Path file = dir.resolve("compare.xlsx");
        new CostWorkbookExporter(new WorkbookBaseline("base.skyloom.json", before))
                .writeFile(WorkbookDataFactory.create(head, CATALOG, after, Checks.runAll(head, CATALOG)), file);

        // zero every cached formula result on the Comparison sheet, so only a real recalculation restores them
        Path stale = dir.resolve("stale.xlsx");
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook wb = new XSSFWorkbook(in);
                OutputStream out = Files.newOutputStream(stale)) {
            for (Row r : wb.getSheet("Comparison")) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.FORMULA) {
                        c.setCellValue(0);
                    }
                }
            }
            wb.write(out);
        }
        Path recalculated = LibreOffice.recalculate(stale, dir);

        try (InputStream in = Files.newInputStream(recalculated);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Comparison");
            assertEquals(before.monthly().doubleValue(), s.getRow(4).getCell(1).getNumericCellValue(), 0.001);
            assertEquals(after.monthly().doubleValue(), s.getRow(4).getCell(2).getNumericCellValue(), 0.001);
            assertEquals(
                    after.monthly().subtract(before.monthly()).doubleValue(),
                    s.getRow(4).getCell(3).getNumericCellValue(),
                    0.001);
            assertEquals(after.annual().doubleValue(), s.getRow(5).getCell(2).getNumericCellValue(), 0.001);
            assertEquals(before.unpriced().size(), (int) s.getRow(6).getCell(1).getNumericCellValue());
            assertEquals(after.unpriced().size(), (int) s.getRow(6).getCell(2).getNumericCellValue());
            int checked = 0;
            for (Row r : s) {
                if (r.getRowNum() < 9) {
                    continue;
                }
                String id = r.getCell(0).getStringCellValue();
                Optional<CostLine> b = before.line(id);
                Optional<CostLine> a = after.line(id);
                if (a.isPresent()
                        && a.get().isPriced()
                        && b.isPresent()
                        && b.get().isPriced()) {
                    assertEquals(
                            a.get()
                                    .monthly()
                                    .get()
                                    .subtract(b.get().monthly().get())
                                    .doubleValue(),
                            r.getCell(7).getNumericCellValue(),
                            0.001,
                            id);
                    checked++;
                } else if (a.isPresent() && !a.get().isPriced()) {
                    assertEquals("unpriced", r.getCell(6).getStringCellValue(), id);
                    assertEquals("unpriced", r.getCell(7).getStringCellValue(), id);
                }
            }
            long pricedOnBothSides = before.lines().stream()
                    .filter(l -> l.isPriced()
                            && after.line(l.id()).map(CostLine::isPriced).orElse(false))
                    .count();
            assertEquals(pricedOnBothSides, checked, "every line priced on both sides has a recalculated delta");
        }
    }
}

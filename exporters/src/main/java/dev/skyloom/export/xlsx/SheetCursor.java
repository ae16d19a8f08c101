package dev.skyloom.export.xlsx;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes a sheet row by row, left to right. User text always goes through {@link #text} (a string
 * cell, cleaned, capped, quote-prefixed when it looks like a formula); formulas only through {@link
 * #formula}, which takes generated formula text and a pre-computed cached value.
 */
final class SheetCursor {
    private final Sheet sheet;
    private final WorkbookStyles styles;
    private Row row;
    private int rowIndex = -1;
    private int col;

    SheetCursor(Sheet sheet, WorkbookStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    SheetCursor row() {
        rowIndex++;
        row = sheet.createRow(rowIndex);
        col = 0;
        return this;
    }

    SheetCursor skipRows(int n) {
        rowIndex += n;
        return this;
    }

    /** The 1-based spreadsheet row number of the current row. */
    int rowNumber() {
        return rowIndex + 1;
    }

    int rowIndex() {
        return rowIndex;
    }

    SheetCursor skip() {
        col++;
        return this;
    }

    private Cell next() {
        return row.createCell(col++);
    }

    SheetCursor text(String value) {
        String clean = CellText.clean(value);
        Cell c = next();
        c.setCellValue(clean);
        c.setCellStyle(CellText.needsQuotePrefix(clean) ? styles.textQuoted : styles.text);
        return this;
    }

    /** Text wrapped inside its column (long source origins and licences), so the next column does not cut it. */
    SheetCursor wrappedText(String value) {
        String clean = CellText.clean(value);
        Cell c = next();
        c.setCellValue(clean);
        c.setCellStyle(CellText.needsQuotePrefix(clean) ? styles.textWrappedQuoted : styles.textWrapped);
        return this;
    }

    /** Generated (non-user) text with a style. */
    SheetCursor label(String value, CellStyle style) {
        Cell c = next();
        c.setCellValue(value);
        c.setCellStyle(style);
        return this;
    }

    SheetCursor number(BigDecimal value, CellStyle style) {
        Cell c = next();
        c.setCellValue(value.doubleValue());
        c.setCellStyle(style);
        return this;
    }

    SheetCursor formula(String formula, BigDecimal cached, CellStyle style) {
        Cell c = next();
        c.setCellFormula(formula);
        if (cached != null) {
            c.setCellValue(cached.doubleValue());
        }
        c.setCellStyle(style);
        return this;
    }

    /** The column letter of the next cell. */
    String columnLetter() {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(col);
    }
}

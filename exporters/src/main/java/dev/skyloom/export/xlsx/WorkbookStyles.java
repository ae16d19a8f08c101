package dev.skyloom.export.xlsx;

import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The workbook's cell styles, created once per workbook (never one per cell). */
final class WorkbookStyles {
    final CellStyle header;
    final CellStyle title;
    final CellStyle text;
    final CellStyle textQuoted;
    final CellStyle textWrapped;
    final CellStyle textWrappedQuoted;
    final CellStyle money;
    final CellStyle moneyBold;
    final CellStyle unitPrice;
    final CellStyle number;
    final CellStyle integer;
    final CellStyle percent;
    final CellStyle unpriced;
    final CellStyle input;
    final CellStyle inputPercent;
    final CellStyle error;
    final CellStyle warning;
    final CellStyle info;
    final CellStyle label;

    WorkbookStyles(Workbook wb, String currency) {
        DataFormat df = wb.createDataFormat();
        String moneyFormat = moneyFormat(currency);
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        Font grey = wb.createFont();
        grey.setItalic(true);
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());

        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        title = wb.createCellStyle();
        title.setFont(big);
        label = wb.createCellStyle();
        label.setFont(bold);
        text = wb.createCellStyle();
        textQuoted = wb.createCellStyle();
        textQuoted.setQuotePrefixed(true);
        textWrapped = wb.createCellStyle();
        textWrapped.setWrapText(true);
        textWrapped.setVerticalAlignment(VerticalAlignment.TOP);
        textWrappedQuoted = wb.createCellStyle();
        textWrappedQuoted.cloneStyleFrom(textWrapped);
        textWrappedQuoted.setQuotePrefixed(true);
        money = wb.createCellStyle();
        money.setDataFormat(df.getFormat(moneyFormat));
        moneyBold = wb.createCellStyle();
        moneyBold.setDataFormat(df.getFormat(moneyFormat));
        moneyBold.setFont(bold);
        unitPrice = wb.createCellStyle();
        unitPrice.setDataFormat(df.getFormat("#,##0.00####"));
        number = wb.createCellStyle();
        number.setDataFormat(df.getFormat("#,##0.###"));
        integer = wb.createCellStyle();
        integer.setDataFormat(df.getFormat("#,##0"));
        percent = wb.createCellStyle();
        percent.setDataFormat(df.getFormat("0.0%"));
        unpriced = wb.createCellStyle();
        unpriced.setFont(grey);
        input = wb.createCellStyle();
        input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        input.setDataFormat(df.getFormat("#,##0.##"));
        inputPercent = wb.createCellStyle();
        inputPercent.cloneStyleFrom(input);
        inputPercent.setDataFormat(df.getFormat("0.0%"));
        error = fill(wb, IndexedColors.ROSE);
        warning = fill(wb, IndexedColors.LIGHT_ORANGE);
        info = fill(wb, IndexedColors.PALE_BLUE);
    }

    private static CellStyle fill(Workbook wb, IndexedColors color) {
        CellStyle s = wb.createCellStyle();
        s.setFillForegroundColor(color.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return s;
    }

    CellStyle severity(String severity) {
        switch (severity.toLowerCase(Locale.ROOT)) {
            case "error":
                return error;
            case "warning":
                return warning;
            default:
                return info;
        }
    }

    /** "$"#,##0.00 for USD, otherwise the ISO code after the amount (letters only, so the format stays valid). */
    static String moneyFormat(String currency) {
        String code = currency.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        if (code.isEmpty() || code.equals("USD")) {
            return "\"$\"#,##0.00";
        }
        if (code.equals("EUR")) {
            return "#,##0.00 \"€\"";
        }
        return "#,##0.00 \"" + code + "\"";
    }
}

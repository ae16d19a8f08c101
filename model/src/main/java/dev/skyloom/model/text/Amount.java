package dev.skyloom.model.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Money amounts in messages as the cost panel shows them: {@code 1,234.50}, the same in every locale. */
public final class Amount {
    private Amount() {}

    /** Grouped by thousands, two decimals, rounded half up. */
    public static String of(BigDecimal amount) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(amount);
    }
}

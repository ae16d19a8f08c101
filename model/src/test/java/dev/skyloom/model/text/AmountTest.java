package dev.skyloom.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AmountTest {
    @Test
    void groupsThousandsWithTwoDecimalsRoundedHalfUp() {
        assertEquals("1,277.44", Amount.of(new BigDecimal("1277.44")));
        assertEquals("104,776.90", Amount.of(new BigDecimal("104776.9")));
        assertEquals("0.13", Amount.of(new BigDecimal("0.125")), "half up, not half even");
        assertEquals("-1,000,000.00", Amount.of(new BigDecimal("-1000000")));
        assertEquals("0.00", Amount.of(BigDecimal.ZERO));
    }

    @Test
    void readsTheSameInALocaleWithOtherSeparators() {
        Locale was = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("1,277.44", Amount.of(new BigDecimal("1277.44")));
        } finally {
            Locale.setDefault(was);
        }
    }
}

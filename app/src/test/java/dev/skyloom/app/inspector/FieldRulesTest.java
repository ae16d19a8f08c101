package dev.skyloom.app.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldRulesTest {
    @Test
    void countAcceptsOnlyPositiveWholeNumbers() {
        assertEquals(Optional.of(12), FieldRules.count(" 12 ").value());
        assertEquals("Count must be at least 1", FieldRules.count("0").error());
        for (String bad : List.of("", "-3", "2.5", "abc", "1e3", "99999999999")) {
            assertFalse(FieldRules.count(bad).valid(), bad);
        }
    }

    @Test
    void volumesMustBeNonNegativeNumbers() {
        assertEquals(
                Optional.of(new BigDecimal("2.5")),
                FieldRules.nonNegative("2.5", "Monthly TB").value());
        assertEquals(
                "Monthly TB must not be negative",
                FieldRules.nonNegative("-1", "Monthly TB").error());
        assertEquals(
                "Monthly TB must be a number",
                FieldRules.nonNegative("lots", "Monthly TB").error());
        assertFalse(FieldRules.nonNegative(".", "x").valid());
    }

    @Test
    void hoursAreCappedAtAMonth() {
        assertEquals(Optional.of(new BigDecimal("730")), FieldRules.hours("730").value());
        assertEquals(
                "Hours per month must be at most 744", FieldRules.hours("745").error());
    }

    @Test
    void aBlankUnitPriceMeansTheCatalogPrice() {
        assertEquals(
                Optional.of(Optional.empty()), FieldRules.optionalPrice(" ").value());
        assertEquals(
                Optional.of(Optional.of(new BigDecimal("3.10"))),
                FieldRules.optionalPrice("3.10").value());
    }

    @Test
    void jurisdictionsAreCountryCodesOrBlocs() {
        assertEquals(
                Optional.of(List.of("EU", "EEA", "CH")),
                FieldRules.jurisdictions("eu, EEA ch eu").value());
        assertEquals(
                "\"Germany\" is not a country code (DE, FR…) or EU/EEA",
                FieldRules.jurisdictions("Germany").error());
    }
}

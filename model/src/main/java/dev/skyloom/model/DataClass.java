package dev.skyloom.model;

import java.util.List;
import java.util.Map;

/**
 * A class of data, the jurisdictions (ISO country codes or the blocs EU, EEA) it may be in and the
 * jurisdictions its operators may be headquartered in ({@code allowedOperators}; empty: no requirement).
 */
public record DataClass(
        String id,
        String name,
        List<String> allowedJurisdictions,
        List<String> allowedOperators,
        Map<String, String> extras) {
    public DataClass {
        Ids.require(id);
        name = name == null ? "" : name;
        allowedJurisdictions = List.copyOf(allowedJurisdictions);
        allowedOperators = List.copyOf(allowedOperators);
        extras = Map.copyOf(extras);
    }

    /** A data class without an operator requirement. */
    public DataClass(String id, String name, List<String> allowedJurisdictions, Map<String, String> extras) {
        this(id, name, allowedJurisdictions, List.of(), extras);
    }
}

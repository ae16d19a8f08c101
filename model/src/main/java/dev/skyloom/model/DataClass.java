package dev.skyloom.model;

import java.util.List;
import java.util.Map;

/** A class of data and the jurisdictions (ISO country codes or the blocs EU, EEA) it may be in. */
public record DataClass(String id, String name, List<String> allowedJurisdictions, Map<String, String> extras) {
    public DataClass {
        Ids.require(id);
        name = name == null ? "" : name;
        allowedJurisdictions = List.copyOf(allowedJurisdictions);
        extras = Map.copyOf(extras);
    }
}

package dev.skyloom.export.tfimport;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * What one source holds: its resources, the provider configurations by key ({@code aws},
 * {@code aws.eu_west_1}) and the values that could not be resolved (variables without a literal value,
 * computed values), each as "address: attribute (why)".
 */
public record TfEstate(
        String source, List<TfResource> resources, Map<String, JsonNode> providerConfigs, List<String> unresolved) {
    public TfEstate {
        resources = List.copyOf(resources);
        providerConfigs = Map.copyOf(providerConfigs);
        unresolved = List.copyOf(unresolved);
    }
}

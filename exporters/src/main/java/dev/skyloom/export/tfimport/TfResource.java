package dev.skyloom.export.tfimport;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * One managed resource instance of an estate: its address ({@code module.gpu.aws_instance.x[0]}), type, name,
 * the provider configuration it uses ({@code aws} or {@code aws.eu_west_1}, module prefix removed), its
 * attribute values as plain JSON (nested blocks as arrays of objects or objects) and the addresses its
 * configuration refers to (where the source tells: plan configuration, state dependencies, .tf expressions).
 */
public record TfResource(
        String address, String type, String name, String providerKey, JsonNode values, List<String> references) {
    public TfResource {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(providerKey, "providerKey");
        Objects.requireNonNull(values, "values");
        references = List.copyOf(references);
    }

    /** The cloud prefix of the type: {@code aws}, {@code azurerm}, {@code google}, {@code oci}, ... */
    public String cloud() {
        int u = type.indexOf('_');
        return u < 0 ? type : type.substring(0, u);
    }

    /** The address without an instance key: {@code aws_instance.x[0]} and {@code aws_instance.x[1]} share it. */
    public String baseAddress() {
        return address.endsWith("]") && address.lastIndexOf('[') > 0
                ? address.substring(0, address.lastIndexOf('['))
                : address;
    }
}

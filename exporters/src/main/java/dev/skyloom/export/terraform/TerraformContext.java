package dev.skyloom.export.terraform;

import static dev.skyloom.export.terraform.hcl.HclExpression.ref;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.export.terraform.hcl.Block;
import dev.skyloom.export.terraform.hcl.HclExpression;
import dev.skyloom.export.terraform.hcl.HclSyntax;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Shared state of one Terraform export: labels, variables, outputs, warnings, README rows. */
final class TerraformContext {
    final Design design;
    final Catalog catalog;
    final String designName;
    private final Map<String, String> labels;
    private final Map<String, Block> variables = new TreeMap<>();
    private final Map<String, HclExpression> examples = new TreeMap<>();
    private final Map<String, Block> outputs = new TreeMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String[]> mapped = new ArrayList<>();
    private final List<String[]> unmapped = new ArrayList<>();

    TerraformContext(Design design, Catalog catalog) {
        this.design = design;
        this.catalog = catalog;
        this.designName = design.name().isBlank() ? "design" : design.name();
        List<String> ids = new ArrayList<>();
        design.components().forEach(c -> ids.add(c.id()));
        design.connections().forEach(c -> ids.add(c.id()));
        this.labels = TerraformNames.labels(ids, Set.of("this", "main"));
    }

    /** The Terraform label of a component or connection id. */
    String label(String id) {
        String l = labels.get(id);
        if (l == null) {
            throw new IllegalArgumentException("no label for " + id);
        }
        return l;
    }

    /** Declares a variable once; {@code example} goes to terraform.tfvars.example when there is no default. */
    void variable(String name, String type, String description, HclExpression defaultValue, HclExpression example) {
        if (variables.containsKey(name)) {
            return;
        }
        Block.Builder b = Block.builder("variable", name)
                .attr("type", typeExpression(type))
                .attr("description", description);
        if (defaultValue != null) {
            b.attr("default", defaultValue);
        }
        variables.put(name, b.build());
        if (defaultValue == null && example != null) {
            examples.put(name, example);
        }
    }

    void variable(Block variableBlock, HclExpression example) {
        String name = variableBlock.labels().get(0);
        variables.putIfAbsent(name, variableBlock);
        if (example != null) {
            examples.putIfAbsent(name, example);
        }
    }

    private static HclExpression typeExpression(String type) {
        return ref(type);
    }

    void output(String name, String description, HclExpression value) {
        outputs.putIfAbsent(
                name,
                Block.builder("output", name)
                        .attr("description", description)
                        .attr("value", value)
                        .build());
    }

    void warn(String message) {
        warnings.add(message);
    }

    void mapped(Component c, String resources) {
        mapped.add(new String[] {c.type().json(), c.label(), c.id(), resources});
    }

    void unmapped(Component c, String reason) {
        unmapped.add(new String[] {c.type().json(), c.label(), c.id(), reason});
    }

    List<Block> variables() {
        return new ArrayList<>(variables.values());
    }

    Map<String, HclExpression> examples() {
        return examples;
    }

    List<Block> outputs() {
        return new ArrayList<>(outputs.values());
    }

    List<String> warnings() {
        return warnings;
    }

    List<String[]> mappedRows() {
        return mapped;
    }

    List<String[]> unmappedRows() {
        return unmapped;
    }

    /** A one-line, escaped description of a component for comments: kind, name and id. */
    static String describe(Component c) {
        return c.type().json() + " \"" + HclSyntax.commentText(c.label(), 120) + "\" (id \""
                + HclSyntax.commentText(c.id(), 120) + "\")";
    }
}

package dev.skyloom.export.terraform.hcl;

import java.util.ArrayList;
import java.util.List;

/** {@code type "label" ... { body }}. Labels are any text (escaped); the type must be an identifier. */
public record Block(String type, List<String> labels, List<HclBody> body) implements HclBody {
    public Block {
        if (!HclSyntax.isIdentifier(type)) {
            throw new IllegalArgumentException("not a block type: " + type);
        }
        labels = List.copyOf(labels);
        body = List.copyOf(body);
    }

    public static Builder builder(String type, String... labels) {
        return new Builder(type, List.of(labels));
    }

    /** Collects a body in order. */
    public static final class Builder {
        private final String type;
        private final List<String> labels;
        private final List<HclBody> body = new ArrayList<>();

        private Builder(String type, List<String> labels) {
            this.type = type;
            this.labels = labels;
        }

        public Builder attr(String name, HclExpression value) {
            body.add(new Attribute(name, value));
            return this;
        }

        public Builder attr(String name, String literal) {
            return attr(name, new HclExpression.Str(literal));
        }

        public Builder attr(String name, long number) {
            return attr(name, HclExpression.num(number));
        }

        public Builder attr(String name, boolean value) {
            return attr(name, new HclExpression.Bool(value));
        }

        public Builder ref(String name, String dottedReference) {
            return attr(name, HclExpression.Reference.of(dottedReference));
        }

        public Builder block(Block block) {
            body.add(block);
            return this;
        }

        public Builder comment(String text) {
            body.add(new Comment(text));
            return this;
        }

        public Builder blank() {
            body.add(new BlankLine());
            return this;
        }

        public Block build() {
            return new Block(type, labels, body);
        }
    }
}

package dev.skyloom.model.file;

/**
 * One step of the file format's history: rewrites the JSON tree of format {@link #from()} into format
 * {@code from() + 1}, in place. Steps work on the tree, not on the model, so each one only has to know
 * two adjacent formats; the {@code skyloom} field is updated by {@link Migrations}.
 */
interface Migration {
    int from();

    void apply(JsonTree.Obj root);
}

package dev.skyloom.model.check;

import java.util.List;

/** One integrity rule over a design. Returns its findings (an empty list, never null); never throws on a valid design. */
public interface DesignCheck {
    /** The check's name as it appears in findings ({@code residency}, ...). */
    String name();

    List<Finding> check(DesignContext context);
}

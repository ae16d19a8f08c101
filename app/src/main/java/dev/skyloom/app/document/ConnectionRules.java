package dev.skyloom.app.document;

import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import dev.skyloom.model.text.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which connections may join two components: pipeline → storage reads or writes (the user chooses),
 * pipeline → GPU pool runs on it, storage → storage replicates to it, identity → provider federates it,
 * a provider, region, pool or pipeline → telemetry ships to it. Everything else is refused with a
 * reason the canvas shows at the pointer.
 */
public final class ConnectionRules {
    private ConnectionRules() {}

    /** The connection types possible from {@code from} to {@code to}, or why there are none. */
    public sealed interface Plan permits Options, Refused {}

    /** One or more types; more than one means the user picks. */
    public record Options(List<ConnectionType> types) implements Plan {
        public Options {
            types = List.copyOf(types);
        }
    }

    public record Refused(String reason) implements Plan {}

    public static Plan plan(Design design, String fromId, String toId) {
        Optional<Component> from = design.component(fromId);
        Optional<Component> to = design.component(toId);
        if (from.isEmpty() || to.isEmpty()) {
            return new Refused("Connect two components");
        }
        if (fromId.equals(toId)) {
            return new Refused("A component cannot connect to itself");
        }
        Component a = from.get();
        Component b = to.get();
        List<ConnectionType> types = new ArrayList<>();
        for (ConnectionType t : ConnectionType.values()) {
            if (t.joins(a.type(), b.type()) && !exists(design, t, fromId, toId)) {
                types.add(t);
            }
        }
        if (!types.isEmpty()) {
            return new Options(types);
        }
        for (ConnectionType t : ConnectionType.values()) {
            if (t.joins(a.type(), b.type())) {
                return new Refused(a.label() + " is already connected to " + b.label());
            }
        }
        return new Refused(reason(a, b));
    }

    private static boolean exists(Design design, ConnectionType type, String from, String to) {
        for (Connection k : design.outgoing(from)) {
            if (k.type() == type && k.to().equals(to)) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Component a, Component b) {
        if (b instanceof Component.Pipeline
                && (a instanceof Component.Storage || a instanceof Component.GpuPool || a instanceof Component.Users)) {
            return "Draw connections from the pipeline to the "
                    + a.type().json().replace('-', ' ');
        }
        if (a instanceof Component.Identity && b instanceof Component.Region) {
            return "An identity provider federates a provider: connect it to the provider container, not to a region";
        }
        if (a instanceof Component.Provider || a instanceof Component.Region) {
            return "Containers are not connected; connect the pipelines, pools and storage inside them";
        }
        if (b instanceof Component.Provider || b instanceof Component.Region) {
            return "Connect to a GPU pool or storage inside " + b.label() + ", not to the container";
        }
        String subject = Article.of(noun(a));
        return Character.toUpperCase(subject.charAt(0)) + subject.substring(1) + " cannot connect to "
                + Article.of(noun(b))
                + " (pipelines read or write storage, run on GPU pools and serve users; storage replicates to"
                + " storage; an identity provider federates a provider; providers, regions, pools and pipelines"
                + " ship telemetry to a sink)";
    }

    /** The kind as a noun in a sentence ("a telemetry" would not read). */
    private static String noun(Component c) {
        return switch (c.type()) {
            case IDENTITY -> "identity provider";
            case TELEMETRY -> "telemetry sink";
            case USERS -> "users population";
            case PROVIDER, REGION, GPU_POOL, STORAGE, PIPELINE -> c.type().json();
        };
    }

    /** A readable connection id such as {@code etl-reads-lake}. */
    public static String newId(Design design, ConnectionType type, String from, String to) {
        return new NewIds(design).next(from + "-" + type.json() + "-" + to);
    }
}

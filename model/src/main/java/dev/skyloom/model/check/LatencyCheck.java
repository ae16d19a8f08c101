package dev.skyloom.model.check;

import dev.skyloom.model.Component;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.graph.DesignGraph;
import dev.skyloom.model.latency.Endpoint;
import dev.skyloom.model.latency.Places;
import dev.skyloom.model.latency.ReachAnalysis;
import dev.skyloom.model.latency.ReachCoverage;
import dev.skyloom.model.latency.RoundTrip;
import dev.skyloom.model.latency.Serving;
import dev.skyloom.model.latency.SingleFailures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Latency and reach: how far each population of users is from the region that serves it, now and when
 * one region or provider fails.
 *
 * <p><b>What.</b> A population's serving pool is the nearest up pool of the pipelines that serve it
 * ({@link ReachAnalysis}). Round trips come from the user's measurements, the bundled Azure table, or
 * the great-circle estimate ({@code ~}); see {@code Latencies}.
 *
 * <p><b>Findings.</b> {@code latency.budget-exceeded} (error): population → pipeline → pool, over budget
 * now. {@code latency.failover-exceeds-budget} (warning): within budget now, but when the serving pool's
 * region or provider fails the population is served from further away and goes over budget (subjects:
 * population, pipeline, new pool, failed region or provider components). {@code latency.remote-data}
 * (info): a pipeline's pool is more than the design's {@code remoteDataMs} from storage it reads. {@code
 * reach.coverage} (info): the weighted share of users within budget now and under the worst single
 * region or provider failure. {@code latency.unknown-place} (error): a population's city is not in the
 * bundled list. {@code latency.unserved} (warning): no pipeline serves a population. {@code
 * latency.unknown-location} (warning): no serving pool's region has coordinates.
 *
 * <p><b>Algorithm and cost.</b> One {@code Availability} pass per failure that matters — the region and
 * provider units holding a serving pipeline's pools or storage — plus the serving pipelines' pools per
 * population; round trips are cached per population and region unit. O(F × (V + E) + P × pools).
 */
public final class LatencyCheck implements DesignCheck {
    public static final String NAME = "latency";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> codes() {
        return List.of(
                "latency.budget-exceeded",
                "latency.failover-exceeds-budget",
                "latency.unknown-place",
                "latency.unserved",
                "latency.unknown-location",
                "latency.remote-data",
                "reach.coverage");
    }

    @Override
    public java.util.Set<DesignField> reads() {
        return READS;
    }

    private static final java.util.Set<DesignField> READS = DesignField.graphAnd(
            DesignField.USERS_CITY,
            DesignField.USERS_LATITUDE,
            DesignField.USERS_LONGITUDE,
            DesignField.USERS_COUNTRY,
            DesignField.USERS_SHARE,
            DesignField.USERS_USER_COUNT,
            DesignField.USERS_LATENCY_BUDGET,
            DesignField.REGION_COUNTRY,
            DesignField.PIPELINE_SURVIVES,
            DesignField.DESIGN_ASSUMPTIONS);

    @Override
    public List<Finding> check(DesignContext ctx) {
        DesignGraph g = ctx.graph();
        List<Finding> findings = new ArrayList<>();
        ReachAnalysis reach = ctx.reach();
        if (reach.populationCount() > 0) {
            populations(ctx, reach, findings);
        }
        remoteData(ctx, g, findings);
        return findings;
    }

    private void populations(DesignContext ctx, ReachAnalysis reach, List<Finding> findings) {
        DesignGraph g = reach.graph();
        Places places = Places.bundled();
        int[] pops = reach.populations();
        List<Serving> now = reach.now();
        SingleFailures failures = new SingleFailures(reach);
        for (int i = 0; i < pops.length; i++) {
            Component.Users users = g.users(pops[i]);
            Serving s = now.get(i);
            if (users.city().isPresent() && places.find(users.city().get()).isEmpty()) {
                findings.add(new Finding(
                        Severity.ERROR,
                        NAME,
                        "latency.unknown-place",
                        List.of(users.id()),
                        "Users " + users.id() + ": city \"" + users.city().get()
                                + "\" is not in the bundled list of cities; pick one or give latitude and longitude"));
                continue;
            }
            switch (s.status()) {
                case UNSERVED ->
                    findings.add(new Finding(
                            Severity.WARNING,
                            NAME,
                            "latency.unserved",
                            List.of(users.id()),
                            "Users " + users.id() + " (" + places.describe(users) + ") are served by no pipeline"
                                    + (g.inDegree(ConnectionType.SERVES, pops[i]) > 0 ? " that runs on a GPU pool" : "")
                                    + "; add a serves connection from a pipeline"));
                case UNKNOWN ->
                    findings.add(new Finding(
                            Severity.WARNING,
                            NAME,
                            "latency.unknown-location",
                            List.of(users.id(), s.pipeline(), s.pool()),
                            "Users " + users.id() + ": no round trip is known to the regions serving them ("
                                    + (s.region().isEmpty() ? "pool " + s.pool() + " is in no region" : s.region())
                                    + " has no coordinates)"));
                case OVER_BUDGET ->
                    findings.add(new Finding(
                            Severity.ERROR,
                            NAME,
                            "latency.budget-exceeded",
                            List.of(users.id(), s.pipeline(), s.pool()),
                            "Users " + users.id() + " (" + places.describe(users) + ") are served by " + s.pipeline()
                                    + " from " + s.pool() + " in " + s.region() + " at " + rtt(s)
                                    + ", over their " + ms(s.budgetMs()) + " budget"));
                case WITHIN_BUDGET -> failover(g, failures, i, users, s, findings);
            }
        }
        coverage(reach, now, failures, findings);
    }

    private static void failover(
            DesignGraph g, SingleFailures failures, int i, Component.Users users, Serving s, List<Finding> findings) {
        int pool = g.indexOf(s.pool());
        int unit = g.regionUnit(pool);
        int provider = g.regionUnitProvider(unit);
        List<SingleFailures.Failure> relevant = new ArrayList<>();
        relevant.add(failures.region(unit));
        if (provider >= 0) {
            relevant.add(failures.provider(provider));
        }
        for (SingleFailures.Failure f : relevant) {
            Serving after = f.servings().get(i);
            if (after.status() != Serving.Status.OVER_BUDGET) {
                continue;
            }
            List<String> subjects = new ArrayList<>(List.of(users.id(), after.pipeline(), after.pool()));
            subjects.addAll(f.components());
            findings.add(new Finding(
                    Severity.WARNING,
                    NAME,
                    "latency.failover-exceeds-budget",
                    subjects,
                    "When " + f.name() + " fails, users " + users.id() + " are served by " + after.pipeline()
                            + " from " + after.pool() + " in " + after.region() + " at " + rtt(after)
                            + ", over their " + ms(s.budgetMs()) + " budget (now " + rtt(s) + " from "
                            + s.pool() + ")"));
        }
    }

    private static void coverage(
            ReachAnalysis reach, List<Serving> now, SingleFailures failures, List<Finding> findings) {
        Optional<ReachCoverage> c = ReachCoverage.of(reach, now, failures);
        if (c.isEmpty()) {
            return;
        }
        List<String> subjects = new ArrayList<>();
        for (int p : reach.populations()) {
            subjects.add(reach.graph().id(p));
        }
        String message =
                percent(c.get().now()) + " of users (by " + c.get().basis() + ") are within their latency budget now";
        message += c.get().worstFailure().isEmpty()
                ? "; no single region or provider failure touches the pipelines serving them"
                : "; " + percent(c.get().worst()) + " when "
                        + c.get().worstFailure().get() + " fails (the worst single region or provider failure)";
        findings.add(new Finding(Severity.INFO, NAME, "reach.coverage", subjects, message));
    }

    private static void remoteData(DesignContext ctx, DesignGraph g, List<Finding> findings) {
        BigDecimal limit = ctx.design().assumptions().remoteDataMs();
        Map<Long, Optional<RoundTrip>> pairs = new HashMap<>();
        Endpoint[] units = new Endpoint[g.regionUnitCount()];
        for (int v = 0; v < g.size(); v++) {
            if (!(g.component(v) instanceof Component.Pipeline)) {
                continue;
            }
            for (int j = 0; j < g.outDegree(ConnectionType.RUNS_ON, v); j++) {
                int pool = g.out(ConnectionType.RUNS_ON, v, j);
                int up = g.regionUnit(pool);
                for (int k = 0; k < g.outDegree(ConnectionType.READS, v) && up >= 0; k++) {
                    int storage = g.out(ConnectionType.READS, v, k);
                    int us = g.regionUnit(storage);
                    if (us < 0 || us == up) {
                        continue;
                    }
                    Optional<RoundTrip> rtt =
                            pairs.computeIfAbsent((long) up * units.length + us, key -> ctx.latencies()
                                    .roundTrip(endpoint(ctx, g, units, up), endpoint(ctx, g, units, us)));
                    if (rtt.isEmpty() || rtt.get().roundedMs() <= limit.doubleValue()) {
                        continue;
                    }
                    findings.add(new Finding(
                            Severity.INFO,
                            NAME,
                            "latency.remote-data",
                            List.of(g.id(v), g.id(pool), g.id(storage)),
                            "Pipeline " + g.id(v) + " runs on " + g.id(pool) + " in " + g.regionUnitKey(up) + ", "
                                    + rtt.get().text() + " from storage " + g.id(storage) + " it reads in "
                                    + g.regionUnitKey(us) + " (more than the design's " + ms(limit)
                                    + " assumption; " + rtt.get().provenance() + ")"));
                }
            }
        }
    }

    private static Endpoint endpoint(DesignContext ctx, DesignGraph g, Endpoint[] units, int unit) {
        if (units[unit] == null) {
            units[unit] = ReachAnalysis.regionEndpoint(g, ctx.catalog(), unit);
        }
        return units[unit];
    }

    private static String rtt(Serving s) {
        return s.rtt().map(RoundTrip::text).orElse("an unknown round trip");
    }

    private static String ms(BigDecimal ms) {
        return ms.stripTrailingZeros().toPlainString() + " ms";
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}

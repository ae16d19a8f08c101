package dev.skyloom.app.cost;

import dev.skyloom.app.analysis.Analysis;
import dev.skyloom.icons.ProviderColours;
import dev.skyloom.model.cost.CostLine;
import dev.skyloom.model.cost.CostReport;
import dev.skyloom.model.cost.CostTotal;
import dev.skyloom.model.cost.PriceState;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The live cost of the design: monthly and annual totals, by provider (as a chart in the providers'
 * colours), by region and by category; unpriced items are listed and counted, never shown as 0; totals
 * that include estimated prices are marked. A {@link PoolPricingView} for the selected pool sits beside it.
 */
public final class CostPanel extends HBox {
    private final Label monthly = new Label("—");
    private final Label annual = new Label("—");
    private final Label estimate = new Label();
    private final GridPane byRegion = new GridPane();
    private final GridPane byCategory = new GridPane();
    private final ListView<String> unpriced = new ListView<>();
    private final TitledPane unpricedPane = new TitledPane("Unpriced (0)", unpriced);
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());

    public CostPanel(ObservableValue<Analysis> analysis, PoolPricingView pool) {
        setId("cost-panel");
        setSpacing(12);
        setPadding(new Insets(6));
        monthly.setId("cost-monthly");
        annual.setId("cost-annual");
        estimate.setId("cost-estimate");
        monthly.getStyleClass().add("title-3");
        // amounts are never cut short: the labels keep their full width, the chart gives way first
        for (Label l : List.of(monthly, annual)) {
            l.setMinWidth(Label.USE_PREF_SIZE);
        }
        estimate.setWrapText(true);
        unpriced.setId("cost-unpriced");
        unpriced.setPrefHeight(90);
        unpricedPane.setCollapsible(false);
        unpriced.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            // one per cell, its text changed: a new tooltip per update built a popup window's scene each time
            private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                if (empty || item == null) {
                    setTooltip(null);
                } else {
                    tip.setText(item);
                    setTooltip(tip);
                }
            }
        });
        VBox totals = new VBox(4, new Label("Monthly"), monthly, new Label("Annual"), annual, estimate, unpricedPane);
        totals.setMinWidth(200);
        totals.setPrefWidth(230);
        chart.setId("cost-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setTitle("Monthly by provider");
        chart.setPrefSize(320, 200);
        chart.setMinWidth(0);
        // squeezed on a small screen, the chart drops its title rather than show "Mon…"
        chart.widthProperty()
                .addListener((o, a, w) -> chart.setTitle(w.doubleValue() < 240 ? null : "Monthly by provider"));
        byRegion.setHgap(10);
        byCategory.setHgap(10);
        VBox tables = new VBox(6, new Label("By category"), byCategory, new Label("By region"), byRegion);
        tables.setPadding(new Insets(0, 8, 0, 0));
        javafx.scene.control.ScrollPane tableScroll = new javafx.scene.control.ScrollPane(tables);
        tableScroll.setId("cost-breakdown");
        // the lists scroll rather than squeeze their amounts into "…"
        tableScroll.setFitToWidth(false);
        tableScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.AS_NEEDED);
        tableScroll.setPrefWidth(300);
        tableScroll.setMinWidth(220);
        HBox.setHgrow(chart, Priority.ALWAYS);
        javafx.scene.control.ScrollPane poolScroll = new javafx.scene.control.ScrollPane(pool);
        poolScroll.setFitToWidth(false); // fitted, the amounts of the pricing models were cut short
        poolScroll.setMinWidth(240);
        poolScroll.setPrefWidth(300);
        // a low drawer (a 768-pixel screen) scrolls each part rather than pushing content out of the window
        javafx.scene.control.ScrollPane totalsScroll = new javafx.scene.control.ScrollPane(totals);
        totalsScroll.setFitToWidth(true);
        totalsScroll.setMinWidth(Region.USE_PREF_SIZE);
        totalsScroll.setId("cost-totals");
        chart.setMinHeight(0);
        for (javafx.scene.layout.Region r : List.of(totalsScroll, tableScroll, poolScroll)) {
            r.setMinHeight(0);
        }
        getChildren().addAll(totalsScroll, chart, tableScroll, poolScroll);
        analysis.addListener((o, a, b) -> show(b));
        show(analysis.getValue());
    }

    /** " (indicative, captured DATE)" for a spot capture, " (dynamic)" for a "from" price, else "". */
    static String stateSuffix(CostLine l) {
        return switch (l.state()) {
            case INDICATIVE -> " (indicative, captured " + l.asOf() + ")";
            case DYNAMIC -> " (dynamic)";
            case PRICED, PRICE_ON_REQUEST, UNPRICED -> "";
        };
    }

    private void show(Analysis a) {
        if (a == null) {
            return;
        }
        CostReport r = a.cost();
        String cur = r.currency();
        String approx = r.hasEstimates() ? " ~" : "";
        monthly.setText(r.total().text(m -> money(m) + " " + cur + approx));
        annual.setText(r.total().annualText(m -> money(m) + " " + cur + approx));
        boolean indicative =
                r.lines().stream().anyMatch(l -> l.state() == PriceState.INDICATIVE || l.state() == PriceState.DYNAMIC);
        estimate.setText((r.hasEstimates() ? "~ includes estimated prices (reference region or list price)" : "")
                + (r.hasEstimates() && indicative ? "\n" : "")
                + (indicative ? "includes indicative spot prices (captured on their source's date)" : ""));
        fill(byCategory, r.totalsByCategory(), cur);
        fill(byRegion, r.totalsByRegion(), cur);
        List<String> items = new ArrayList<>(r.unpriced().size());
        for (CostLine l : r.lines()) {
            if (!l.isPriced()) {
                items.add(l.id() + " — " + l.note());
            }
        }
        if (!unpriced.getItems().equals(items)) {
            unpriced.getItems().setAll(items);
        }
        unpricedPane.setText("Unpriced (" + r.unpriced().size() + ", not in the totals)");
        if (updateBars(r.byProvider())) {
            return;
        }
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (Map.Entry<String, BigDecimal> e : r.byProvider().entrySet()) {
            series.getData().add(new XYChart.Data<>(e.getKey(), e.getValue()));
        }
        chart.getData().setAll(List.of(series));
        for (XYChart.Data<String, Number> d : series.getData()) {
            String colour = ProviderColours.hex(d.getXValue());
            if (d.getNode() != null) {
                d.getNode().setStyle("-fx-bar-fill: " + colour + ";");
            } else {
                d.nodeProperty().addListener((o, x, n) -> n.setStyle("-fx-bar-fill: " + colour + ";"));
            }
        }
    }

    /**
     * Sets the bar values in place when the providers are the same as shown (the usual edit): replacing
     * the series makes the chart build, style and lay out every bar again. False if they differ.
     */
    private boolean updateBars(Map<String, BigDecimal> byProvider) {
        if (chart.getData().size() != 1) {
            return false;
        }
        List<XYChart.Data<String, Number>> bars = chart.getData().get(0).getData();
        if (bars.size() != byProvider.size()) {
            return false;
        }
        int i = 0;
        for (String provider : byProvider.keySet()) {
            if (!bars.get(i++).getXValue().equals(provider)) {
                return false;
            }
        }
        i = 0;
        for (BigDecimal amount : byProvider.values()) {
            bars.get(i++).setYValue(amount);
        }
        return true;
    }

    /**
     * One row per entry. When the rows already name the same keys in the same order (an edit that changes
     * amounts only), only the amount labels change: new labels would each go through CSS and layout again,
     * which at 5,000 components (a hundred regions) was a visible part of applying an analysis.
     */
    private static void fill(GridPane grid, Map<String, CostTotal> amounts, String cur) {
        List<javafx.scene.Node> cells = grid.getChildren();
        if (cells.size() == amounts.size() * 2) {
            int i = 0;
            boolean same = true;
            for (String key : amounts.keySet()) {
                if (!(cells.get(i) instanceof Label)
                        || !((Label) cells.get(i)).getText().equals(key)) {
                    same = false;
                    break;
                }
                i += 2;
            }
            if (same) {
                i = 1;
                for (CostTotal amount : amounts.values()) {
                    ((Label) cells.get(i)).setText(amount.text(m -> money(m) + " " + cur));
                    i += 2;
                }
                return;
            }
        }
        grid.getChildren().clear();
        int row = 0;
        for (Map.Entry<String, CostTotal> e : amounts.entrySet()) {
            Label amount = new Label(e.getValue().text(m -> money(m) + " " + cur));
            amount.setMinWidth(Label.USE_PREF_SIZE);
            Label key = new Label(e.getKey());
            key.setMinWidth(Label.USE_PREF_SIZE);
            grid.addRow(row++, key, amount);
        }
    }

    /** An amount with thousands separators and two decimals, e.g. {@code 12,345.60}. */
    public static String money(BigDecimal amount) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(amount);
    }

    /** The monthly total as shown (e.g. {@code 12,345.60 USD ~}). */
    public String monthlyText() {
        return monthly.getText();
    }

    public String annualText() {
        return annual.getText();
    }

    public int unpricedCount() {
        return unpriced.getItems().size();
    }
}

package dev.skyloom.catalog;

/** City-level coordinates in degrees; not a data-centre location. */
public record GeoPoint(double latitude, double longitude) {
    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("coordinates out of range: " + latitude + "," + longitude);
        }
    }

    /** Great-circle distance in kilometres (haversine, mean Earth radius). */
    public double distanceKm(GeoPoint other) {
        double r = 6371.0088;
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(latitude))
                        * Math.cos(Math.toRadians(other.latitude))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * r * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}

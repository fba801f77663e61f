package org.parallax.core.extract.figure;

import java.util.HashMap;
import java.util.Map;

/**
 * Measure units, currencies and percent: the surface forms we recognise after a number, each with its
 * canonical name, dimension and factor to the dimension's base unit (see {@code Figure#canonicalValue}).
 */
final class Units {

    /**
     * @param name         canonical unit name stored in {@code Figure#unit}
     * @param dimension    the dimension
     * @param factor       multiply a value in this unit by it to get the base unit
     * @param currency     ISO code for money, else null
     * @param gluedOnly    true for short, ambiguous forms only accepted glued to the number ("5m", "3t")
     */
    record Unit(String name, String dimension, double factor, String currency, boolean gluedOnly) {
    }

    /** Longest key in tokens (a unit spans at most this many tokens). */
    static final int MAX_TOKENS = 4;

    private static final Map<String, Unit> BY_KEY = new HashMap<>();
    /** currency symbols (and glued prefixes like "us$") before a number */
    static final Map<String, Unit> PREFIX = new HashMap<>();

    private Units() {
    }

    private static void put(String name, String dimension, double factor, String currency, String... keys) {
        Unit u = new Unit(name, dimension, factor, currency, false);
        for (String k : keys) {
            BY_KEY.put(k, u);
        }
    }

    private static void glued(String name, String dimension, double factor, String... keys) {
        Unit u = new Unit(name, dimension, factor, null, true);
        for (String k : keys) {
            BY_KEY.put(k, u);
        }
    }

    static {
        // percent
        put("percent", "percent", 1, null, "%", "percent", "per cent", "pct", "pc", "per centum");
        put("percentage points", "percentage points", 1, null, "percentage points", "percentage point",
                "points percentage");
        // area (base km²)
        put("square kilometres", "area", 1, null, "sq km", "sqkm", "square kilometres", "square kilometers",
                "square kilometre", "square kilometer", "km2", "sq kilometres", "sq kilometers", "square km");
        put("square miles", "area", 2.589988110336, null, "sq mi", "square miles", "square mile", "sq miles",
                "sq mile", "mi2");
        put("square metres", "area", 1e-6, null, "square metres", "square meters", "square metre", "square meter",
                "sq m", "m2", "sqm");
        put("square feet", "area", 9.290304e-8, null, "square feet", "square foot", "sq ft", "sqft", "ft2");
        put("hectares", "area", 0.01, null, "hectares", "hectare", "ha");
        put("acres", "area", 0.0040468564224, null, "acres", "acre");
        // length (base km)
        put("km", "length", 1, null, "km", "kms", "kilometres", "kilometers", "kilometre", "kilometer");
        put("miles", "length", 1.609344, null, "miles", "mile", "mi");
        put("nautical miles", "length", 1.852, null, "nautical miles", "nautical mile", "nmi");
        put("metres", "length", 0.001, null, "metres", "meters", "metre", "meter");
        put("cm", "length", 1e-5, null, "cm", "centimetres", "centimeters", "centimetre", "centimeter");
        put("mm", "length", 1e-6, null, "mm", "millimetres", "millimeters", "millimetre", "millimeter");
        put("feet", "length", 0.0003048, null, "feet", "foot", "ft");
        put("inches", "length", 0.0000254, null, "inches", "inch");
        put("yards", "length", 0.0009144, null, "yards", "yard", "yd", "yds");
        glued("metres", "length", 0.001, "m");
        // mass (base kg)
        put("tonnes", "mass", 1000, null, "tonnes", "tonne", "tons", "ton", "metric tons", "metric ton",
                "metric tonnes");
        put("kg", "mass", 1, null, "kg", "kgs", "kilograms", "kilogram", "kilogrammes", "kilos", "kilo");
        put("grams", "mass", 0.001, null, "grams", "gram", "grammes", "gm");
        put("pounds (mass)", "mass", 0.45359237, null, "lb", "lbs");
        put("ounces", "mass", 0.028349523125, null, "ounces", "ounce", "oz");
        glued("grams", "mass", 0.001, "g");
        glued("tonnes", "mass", 1000, "t");
        // volume (base litres)
        put("litres", "volume", 1, null, "litres", "liters", "litre", "liter");
        put("ml", "volume", 0.001, null, "ml", "millilitres", "milliliters");
        put("gallons", "volume", 3.785411784, null, "gallons", "gallon", "gal");
        put("barrels", "volume", 158.987294928, null, "barrels", "barrel", "bbl");
        put("cubic metres", "volume", 1000, null, "cubic metres", "cubic meters", "cubic metre", "cubic meter",
                "m3");
        glued("litres", "volume", 1, "l");
        // duration (base days)
        put("seconds", "duration", 1.0 / 86400, null, "seconds", "second", "secs", "sec");
        put("minutes", "duration", 1.0 / 1440, null, "minutes", "minute", "mins", "min");
        put("hours", "duration", 1.0 / 24, null, "hours", "hour", "hrs", "hr");
        put("days", "duration", 1, null, "days", "day");
        put("weeks", "duration", 7, null, "weeks", "week");
        put("months", "duration", 30.436875, null, "months", "month");
        put("years", "duration", 365.25, null, "years", "year", "yrs", "yr");
        put("decades", "duration", 3652.5, null, "decades", "decade");
        put("centuries", "duration", 36525, null, "centuries", "century");
        glued("hours", "duration", 1.0 / 24, "h");
        glued("seconds", "duration", 1.0 / 86400, "s");
        // speed (base km/h)
        put("km/h", "speed", 1, null, "km/h", "kph", "kmh", "km/hr", "kilometres per hour", "kilometers per hour");
        put("mph", "speed", 1.609344, null, "mph", "miles per hour", "mi/h");
        put("knots", "speed", 1.852, null, "knots", "knot", "kn");
        put("m/s", "speed", 3.6, null, "m/s", "metres per second", "meters per second");
        // temperature (base °C; Fahrenheit handled by the caller)
        put("°C", "temperature", 1, null, "°c", "degrees celsius", "degrees centigrade", "degree celsius",
                "° c", "celsius");
        put("°F", "temperature", 1, null, "°f", "degrees fahrenheit", "degree fahrenheit", "° f", "fahrenheit");
        put("degrees", "degrees", 1, null, "degrees", "degree", "°");
        // power and energy (base MW, MWh)
        put("kW", "power", 0.001, null, "kw", "kilowatts", "kilowatt");
        put("MW", "power", 1, null, "mw", "megawatts", "megawatt");
        put("GW", "power", 1000, null, "gw", "gigawatts", "gigawatt");
        put("watts", "power", 1e-6, null, "watts", "watt");
        put("kWh", "energy", 0.001, null, "kwh", "kilowatt hours", "kilowatt hour");
        put("Wh", "energy", 1e-6, null, "wh", "watt hours", "watt hour");
        put("MWh", "energy", 1, null, "mwh", "megawatt hours");
        put("GWh", "energy", 1000, null, "gwh", "gigawatt hours");
        put("TWh", "energy", 1e6, null, "twh", "terawatt hours");
        // data (base GB)
        put("MB", "data", 0.001, null, "mb", "megabytes");
        put("GB", "data", 1, null, "gb", "gigabytes");
        put("TB", "data", 1000, null, "tb", "terabytes");
        // frequency (base Hz), data rates (base Mbps), engine power (base MW)
        put("Hz", "frequency", 1, null, "hz", "hertz");
        put("kHz", "frequency", 1e3, null, "khz", "kilohertz");
        put("MHz", "frequency", 1e6, null, "mhz", "megahertz");
        put("GHz", "frequency", 1e9, null, "ghz", "gigahertz");
        put("Mbps", "data rate", 1, null, "mbps", "mbit/s", "mb/s");
        put("Gbps", "data rate", 1000, null, "gbps", "gbit/s", "gb/s");
        put("kbps", "data rate", 0.001, null, "kbps");
        put("hp", "power", 0.00074569987, null, "hp", "bhp", "horsepower", "horse power");
        put("nm", "length", 1e-12, null, "nanometres", "nanometers", "nanometre", "nanometer");
        // multipliers
        put("times", "ratio", 1, null, "times", "fold");
        // money after the number (the value stays in its currency)
        put("dollars", "money", 1, "USD", "dollars", "dollar", "usd", "us dollars", "us dollar", "u s dollars");
        put("euros", "money", 1, "EUR", "euros", "euro", "eur");
        put("pounds", "money", 1, "GBP", "pounds", "pound", "pounds sterling", "sterling", "gbp");
        put("pence", "money", 0.01, "GBP", "pence", "penny");
        put("cents", "money", 0.01, "USD", "cents", "cent");
        put("australian dollars", "money", 1, "AUD", "australian dollars", "australian dollar");
        put("canadian dollars", "money", 1, "CAD", "canadian dollars", "canadian dollar");
        put("hong kong dollars", "money", 1, "HKD", "hong kong dollars", "hong kong dollar");
        put("new zealand dollars", "money", 1, "NZD", "new zealand dollars", "new zealand dollar");
        put("yen", "money", 1, "JPY", "yen", "jpy");
        put("yuan", "money", 1, "CNY", "yuan", "renminbi", "rmb", "cny");
        put("rubles", "money", 1, "RUB", "rubles", "roubles", "ruble", "rouble", "rub");
        put("hryvnias", "money", 1, "UAH", "hryvnias", "hryvnia", "hryvnas", "hryvna", "hryvnyas", "uah");
        put("rupees", "money", 1, "INR", "rupees", "rupee", "inr");
        put("francs", "money", 1, "CHF", "francs", "franc", "chf");
        put("won", "money", 1, "KRW", "krw");

        prefix("dollars", "USD", "$", "us$", "usd", "us $");
        prefix("euros", "EUR", "€", "eur");
        prefix("pounds", "GBP", "£", "gbp");
        prefix("yen", "JPY", "¥", "jpy");
        prefix("rupees", "INR", "₹", "rs", "inr");
        prefix("rubles", "RUB", "₽", "rub");
        prefix("hryvnias", "UAH", "₴", "uah");
        prefix("won", "KRW", "₩", "krw");
        prefix("yuan", "CNY", "cny", "rmb");
        prefix("australian dollars", "AUD", "a$", "au$", "aud");
        prefix("canadian dollars", "CAD", "c$", "ca$", "cad");
        prefix("hong kong dollars", "HKD", "hk$", "hkd");
        prefix("new zealand dollars", "NZD", "nz$", "nzd");
        prefix("francs", "CHF", "chf");
    }

    private static void prefix(String name, String code, String... keys) {
        Unit u = new Unit(name, "money", 1, code, false);
        for (String k : keys) {
            PREFIX.put(k, u);
        }
    }

    static Unit lookup(String key) {
        return BY_KEY.get(key);
    }
}

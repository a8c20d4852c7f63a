using System.Globalization;

namespace RigPlan.Core.Units;

/// <summary>
/// Reads a quantity written with its unit, as catalog and build files hold them ("350 W", "1.5 TB/s").
/// </summary>
/// <remarks>
/// Memory sizes use the binary convention DIMM and GPU vendors use for "TB" (1 TB = 1024 GB), so that
/// "2 TB" of RAM is the 2048 GB that sixteen 128 GB modules give. Rates (TB/s, PFLOPS) are decimal.
/// </remarks>
public static class QuantityParser
{
    private static readonly Dictionary<string, double> WattUnits = new(StringComparer.OrdinalIgnoreCase) { ["W"] = 1, ["kW"] = 1000 };
    private static readonly Dictionary<string, double> ByteUnits = new(StringComparer.OrdinalIgnoreCase) { ["GB"] = 1, ["TB"] = 1024, ["MB"] = 1.0 / 1024 };
    private static readonly Dictionary<string, double> BandwidthUnits = new(StringComparer.OrdinalIgnoreCase) { ["GB/s"] = 1, ["TB/s"] = 1000 };
    private static readonly Dictionary<string, double> FlopUnits = new(StringComparer.OrdinalIgnoreCase) { ["TFLOPS"] = 1, ["PFLOPS"] = 1000, ["GFLOPS"] = 0.001 };
    private static readonly Dictionary<string, double> OpUnits = new(StringComparer.OrdinalIgnoreCase) { ["TOPS"] = 1, ["POPS"] = 1000 };
    private static readonly Dictionary<string, double> LengthUnits = new(StringComparer.OrdinalIgnoreCase) { ["mm"] = 1, ["cm"] = 10, ["in"] = 25.4 };
    private static readonly Dictionary<string, double> ClockUnits = new(StringComparer.OrdinalIgnoreCase) { ["GHz"] = 1, ["MHz"] = 0.001 };
    private static readonly Dictionary<string, double> TransferUnits = new(StringComparer.OrdinalIgnoreCase) { ["MT/s"] = 1 };
    private static readonly Dictionary<string, double> LineRateUnits = new(StringComparer.OrdinalIgnoreCase) { ["Gb/s"] = 1, ["Tb/s"] = 1000 };

    /// <summary>Parses power ("350 W", "1.6 kW").</summary>
    public static Parsed<Watts> Watts(string text) => Parse(text, WattUnits, v => new Watts(v));

    /// <summary>Parses a memory size ("24 GB", "4 TB").</summary>
    public static Parsed<Gigabytes> Gigabytes(string text) => Parse(text, ByteUnits, v => new Gigabytes(v));

    /// <summary>Parses a bandwidth ("936 GB/s", "3.35 TB/s").</summary>
    public static Parsed<GigabytesPerSecond> Bandwidth(string text) => Parse(text, BandwidthUnits, v => new GigabytesPerSecond(v));

    /// <summary>Parses floating-point throughput ("35.6 TFLOPS").</summary>
    public static Parsed<TeraFlops> TeraFlops(string text) => Parse(text, FlopUnits, v => new TeraFlops(v));

    /// <summary>Parses integer throughput ("284 TOPS").</summary>
    public static Parsed<TeraOps> TeraOps(string text) => Parse(text, OpUnits, v => new TeraOps(v));

    /// <summary>Parses a length ("313 mm", "30 cm").</summary>
    public static Parsed<Millimeters> Millimeters(string text) => Parse(text, LengthUnits, v => new Millimeters(v));

    /// <summary>Parses a clock ("2.5 GHz", "1695 MHz").</summary>
    public static Parsed<Gigahertz> Gigahertz(string text) => Parse(text, ClockUnits, v => new Gigahertz(v));

    /// <summary>Parses a memory transfer rate ("3200 MT/s").</summary>
    public static Parsed<MegaTransfers> MegaTransfers(string text) => Parse(text, TransferUnits, v => new MegaTransfers(v));

    /// <summary>Parses a network line rate ("100 Gb/s").</summary>
    public static Parsed<GigabitsPerSecond> LineRate(string text) => Parse(text, LineRateUnits, v => new GigabitsPerSecond(v));

    private static Parsed<T> Parse<T>(string text, Dictionary<string, double> units, Func<double, T> make)
        where T : struct
    {
        var expected = string.Join(", ", units.Keys);
        var trimmed = text.Trim();
        var split = 0;
        while (split < trimmed.Length && (char.IsDigit(trimmed[split]) || trimmed[split] is '.' or '-' or '+' or ','))
        {
            split++;
        }

        var numberText = trimmed[..split].Replace(",", "", StringComparison.Ordinal);
        var unitText = trimmed[split..].Trim();
        if (numberText.Length == 0 || !double.TryParse(numberText, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            return Parsed.Fail<T>($"'{text}' is not a number with a unit (expected e.g. '12 {units.Keys.First()}')");
        }

        if (unitText.Length == 0)
        {
            return Parsed.Fail<T>($"'{text}' has no unit (expected one of: {expected})");
        }

        if (!units.TryGetValue(unitText, out var factor))
        {
            return Parsed.Fail<T>($"'{text}' has an unknown unit '{unitText}' (expected one of: {expected})");
        }

        if (number < 0)
        {
            return Parsed.Fail<T>($"'{text}' is negative");
        }

        return Parsed.Ok(make(number * factor));
    }
}

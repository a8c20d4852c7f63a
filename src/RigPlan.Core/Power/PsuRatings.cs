using RigPlan.Core.Builds;
using RigPlan.Core.Catalog;
using RigPlan.Core.Units;

namespace RigPlan.Core.Power;

/// <summary>What a PSU delivers at a site's voltage, and how efficiently.</summary>
public static class PsuRatings
{
    // 80 PLUS requirements at 20 %, 50 % and 100 % load: 115 V internal (non-redundant) and 230 V EU internal.
    // Source: the 80 PLUS program's certification table as reproduced by Tom's Hardware,
    // https://www.tomshardware.com/uk/reviews/80-plus-psu-efficiency,4848-2.html (checked against every value below).
    private static readonly Dictionary<string, (double[] Low, double[] High)> Tiers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["80+ Bronze"] = ([0.82, 0.85, 0.82], [0.85, 0.88, 0.85]),
        ["80+ Silver"] = ([0.85, 0.88, 0.85], [0.87, 0.90, 0.87]),
        ["80+ Gold"] = ([0.87, 0.90, 0.87], [0.90, 0.92, 0.89]),
        ["80+ Platinum"] = ([0.90, 0.92, 0.89], [0.92, 0.94, 0.90]),
        ["80+ Titanium"] = ([0.92, 0.94, 0.90], [0.94, 0.96, 0.94]),
    };

    /// <summary>The highest efficiency any 80 PLUS tier promises at this line voltage (a floor on wall draw).</summary>
    public static double BestEfficiency(bool highLine) => Tiers.Values.Max(t => (highLine ? t.High : t.Low).Max());

    /// <summary>Efficiency assumed for a unit without an 80 PLUS rating RigPlan knows.</summary>
    public const double UnknownEfficiency = 0.85;

    /// <summary>Rated output at the site's voltage; null when the catalog does not know it.</summary>
    public static Watts? Capacity(Psu psu, Site site)
    {
        ArgumentNullException.ThrowIfNull(psu);
        ArgumentNullException.ThrowIfNull(site);
        return site.HighLine ? psu.Watts230V ?? psu.Watts115V : psu.Watts115V;
    }

    /// <summary>
    /// Efficiency at a load fraction, interpolated between the 80 PLUS points (20 %, 50 %, 100 %) of the unit's tier.
    /// </summary>
    public static double Efficiency(Psu psu, double loadFraction, bool highLine)
    {
        ArgumentNullException.ThrowIfNull(psu);
        var key = Tiers.Keys.FirstOrDefault(k => psu.Efficiency.Replace("PLUS", "+", StringComparison.OrdinalIgnoreCase).Replace(" +", "+", StringComparison.Ordinal).Contains(k, StringComparison.OrdinalIgnoreCase));
        if (key is null)
        {
            return UnknownEfficiency;
        }

        var points = highLine ? Tiers[key].High : Tiers[key].Low;
        var f = Math.Clamp(loadFraction, 0.2, 1.0);
        return f <= 0.5
            ? points[0] + ((points[1] - points[0]) * (f - 0.2) / 0.3)
            : points[1] + ((points[2] - points[1]) * (f - 0.5) / 0.5);
    }
}

using System.Globalization;
using RigPlan.Core.Units;

namespace RigPlan.Core.Checks;

/// <summary>Number formatting for findings: thousands separators, units, no false precision.</summary>
public static class Fmt
{
    /// <summary>"1,730 W".</summary>
    public static string W(double watts) => watts.ToString("#,0", CultureInfo.InvariantCulture) + " W";

    /// <summary>"1,730 W".</summary>
    public static string W(Watts watts) => W(watts.Value);

    /// <summary>"91 %".</summary>
    public static string Pct(double fraction) => (fraction * 100).ToString("0", CultureInfo.InvariantCulture) + " %";

    /// <summary>"$1,499".</summary>
    public static string Usd(double dollars) => "$" + dollars.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>"1, 3 and 5".</summary>
    public static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1],
        };
    }

    /// <summary>"4 GPUs" / "1 GPU".</summary>
    public static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    /// <summary>A whole number with separators.</summary>
    public static string N(double n) => n.ToString("#,0.#", CultureInfo.InvariantCulture);
}

namespace RigPlan.Core.Catalog;

/// <summary>
/// Board form-factor names. Vendors write the SSI standards two ways: SSI-EEB and EEB are one 12 x 13 in standard, SSI-CEB
/// and CEB one 12 x 10.5 in standard. E-ATX is not a standard and matches only itself.
/// </summary>
public static class BoardFormFactor
{
    /// <summary>The name a form factor is compared by: EEB for SSI-EEB, CEB for SSI-CEB, otherwise the name itself.</summary>
    /// <param name="name">A form-factor name as written in the catalog.</param>
    public static string Canonical(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToUpperInvariant() switch
        {
            "SSI-EEB" or "EEB" => "EEB",
            "SSI-CEB" or "CEB" => "CEB",
            var other => other,
        };
    }

    /// <summary>
    /// Expansion positions a board of this form factor can have: ATX defines 7, microATX 4 and Mini-ITX 1. E-ATX, EEB and
    /// CEB boards usually have 7 but some have 8 (GENOAD8X-2T/BCM), and proprietary boards any number, so they have none here.
    /// </summary>
    /// <param name="name">A form-factor name as written in the catalog.</param>
    public static int? MaxPositions(string name) => Canonical(name) switch
    {
        "ATX" => 7,
        "MICRO-ATX" => 4,
        "MINI-ITX" => 1,
        _ => null,
    };

    /// <summary>Whether two form-factor names mean the same board size.</summary>
    /// <param name="a">One name.</param>
    /// <param name="b">The other name.</param>
    public static bool Same(string a, string b) => string.Equals(Canonical(a), Canonical(b), StringComparison.Ordinal);
}

using RigPlan.Core.Builds;
using RigPlan.Core.Catalog;
using RigPlan.Core.Power;
using RigPlan.Core.Units;

namespace RigPlan.Core.Checks;

/// <summary>Finds catalog parts that resolve a finding, so fixes name real parts rather than generic advice.</summary>
public static class Suggest
{
    /// <summary>Price used to rank suggestions: new, else used; parts without a price sort last.</summary>
    public static double SortPrice(HardwareCatalog catalog, string id)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.NewElseUsed(id)?.Price.Value ?? double.MaxValue;
    }

    /// <summary>Boards of a GPU model no wider than <paramref name="maxSlots"/>, blowers first.</summary>
    public static IEnumerable<GpuBoard> NarrowBoards(HardwareCatalog catalog, Gpu gpu, double maxSlots)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(gpu);
        return catalog.BoardsFor(gpu.Id)
            .Where(b => b.SlotWidth is { } w && w <= maxSlots)
            .OrderBy(b => b.Cooling == Cooling.Blower ? 0 : 1)
            .ThenBy(b => b.SlotWidth)
            .ThenBy(b => b.Name, StringComparer.Ordinal);
    }

    /// <summary>PSUs that deliver at least <paramref name="needed"/> at the site's voltage, cheapest known first.</summary>
    public static IEnumerable<Psu> PsusFor(HardwareCatalog catalog, Site site, Watts needed, bool atx3Only = false)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Psus
            .Where(p => PsuRatings.Capacity(p, site) is { } c && c >= needed && (!atx3Only || p.Atx3 == true))
            .OrderBy(p => SortPrice(catalog, p.Id))
            .ThenBy(p => PsuRatings.Capacity(p, site)!.Value.Value);
    }

    /// <summary>
    /// Tower and rack cases that take the board and have bays for <paramref name="psus"/> PSUs of these form factors,
    /// cheapest known first.
    /// </summary>
    public static IEnumerable<Chassis> CasesWithPsuRoom(HardwareCatalog catalog, Motherboard board, int psus, IReadOnlyCollection<string> psuFormFactors)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(psuFormFactors);
        return catalog.Chassis
            .Where(c => c.ChassisKind is ChassisKind.Tower or ChassisKind.Rack && c.PsuBays >= psus && c.Takes(board.FormFactor)
                && (c.PsuFormFactor is null || psuFormFactors.All(f => Rules.PsuBaysRule.Fits(f, c.PsuFormFactor))))
            .OrderBy(c => SortPrice(catalog, c.Id))
            .ThenBy(c => c.Name, StringComparer.Ordinal);
    }

    /// <summary>"Name (id)".</summary>
    public static string Name(Part part)
    {
        ArgumentNullException.ThrowIfNull(part);
        return $"{part.Name} ({part.Id})";
    }

    /// <summary>The power limit per GPU that brings a node's DC load to <paramref name="target"/>, or null when it would cut below half of board power.</summary>
    public static double? PowerLimitFor(NodeContext node, Watts target)
    {
        ArgumentNullException.ThrowIfNull(node);
        var gpus = node.Node.GpuCount;
        if (gpus == 0)
        {
            return null;
        }

        var perGpu = Math.Floor((target.Value - node.Power.Rest.Value) / gpus / 10) * 10;
        var lowest = node.Node.Gpus.Max(g => g.BoardPower.Value) * 0.5;
        return perGpu >= lowest ? perGpu : null;
    }
}

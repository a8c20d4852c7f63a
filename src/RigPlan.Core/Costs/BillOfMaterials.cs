using System.Collections.Immutable;
using RigPlan.Core.Builds;
using RigPlan.Core.Catalog;

namespace RigPlan.Core.Costs;

/// <summary>Every part of a build with quantities, dated prices and sources: the build log's "Breakdown", done properly.</summary>
public sealed record BillOfMaterials(ImmutableArray<BomLine> Lines, PriceCondition? Condition)
{
    /// <summary>Sum of the priced lines.</summary>
    public double Total => Lines.Sum(l => l.Subtotal ?? 0);

    /// <summary>True when every GPU line has a price, so the total is a cost of the compute.</summary>
    public bool GpusPriced => !Lines.Any(l => l.Price is null && l.Part is Gpu or GpuBoard);

    /// <summary>Lines with no known price.</summary>
    public IEnumerable<BomLine> Unpriced => Lines.Where(l => l.Price is null);

    /// <summary>The oldest and newest price dates used.</summary>
    public (DateOnly Oldest, DateOnly Newest)? DateRange =>
        Lines.Any(l => l.Price is not null) ? (Lines.Where(l => l.Price is not null).Min(l => l.Price!.Date), Lines.Where(l => l.Price is not null).Max(l => l.Price!.Date)) : null;

    /// <summary>Builds the bill for a build, pricing each part in the build's condition (the other where that is unknown).</summary>
    public static BillOfMaterials For(BuildSpec build, HardwareCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(catalog);
        var lines = new List<BomLine>();
        var wantedCondition = build.PriceCondition;
        foreach (var node in build.Nodes)
        {
            // priceOf: the part whose price stands in (a partner board without its own price is priced as its GPU model).
            void Add(Part part, int perMachine, Part? priceOf = null)
            {
                if (perMachine <= 0)
                {
                    return;
                }

                var quantity = perMachine * node.Count;
                var existing = lines.FindIndex(l => l.Node == node.Name && l.Part.Id == part.Id);
                if (existing >= 0)
                {
                    lines[existing] = lines[existing] with { Quantity = lines[existing].Quantity + quantity };
                    return;
                }

                lines.Add(Line(catalog, wantedCondition, node.Name, part, quantity, priceOf ?? part));
            }

            if (node.Chassis is { } chassis)
            {
                Add(chassis, 1);
            }

            Add(node.Motherboard, 1);
            Add(node.Cpu, node.CpuCount);
            if (node.Memory is { } memory)
            {
                Add(memory.Part, memory.Count);
            }

            foreach (var gpu in node.Gpus)
            {
                if (gpu.Board is { } board)
                {
                    Add(board, gpu.Count, catalog.PricesFor(board.Id).IsEmpty ? gpu.Gpu : null);
                }
                else
                {
                    Add(gpu.Gpu, gpu.Count);
                }

                if (gpu.Riser is { } riser)
                {
                    Add(riser, gpu.Count);
                }
            }

            foreach (var psu in node.Psus)
            {
                Add(psu.Part, psu.Count);
            }

            foreach (var nic in node.Nics)
            {
                Add(nic.Part, nic.Count);
            }
        }

        if (build.Network is { Switch: { } sw } network)
        {
            lines.Add(Line(catalog, wantedCondition, "network", sw, network.SwitchCount, sw));
        }

        return new BillOfMaterials([.. lines], build.PriceCondition);
    }

    /// <summary>A line priced in the wanted condition (the other where that is unknown) from the price of <paramref name="priceSource"/>.</summary>
    private static BomLine Line(HardwareCatalog catalog, PriceCondition? wantedCondition, string node, Part part, int quantity, Part priceSource)
    {
        var fresh = catalog.LatestPrice(priceSource.Id, PriceCondition.New);
        var used = catalog.LatestPrice(priceSource.Id, PriceCondition.Used);
        var wanted = wantedCondition switch
        {
            PriceCondition.New => fresh,
            PriceCondition.Used => used,
            _ => fresh is null ? used : used is null ? fresh : (used.Price.Value < fresh.Price.Value ? used : fresh),
        };
        var price = wanted ?? fresh ?? used;
        return new BomLine { Node = node, Part = part, Quantity = quantity, Price = price, FellBack = wanted is null && price is not null };
    }
}

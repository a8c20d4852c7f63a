using System.Collections.Immutable;
using RigPlan.Core.Catalog;

namespace RigPlan.Core.Pcie;

/// <summary>What a buyer asks of a board: this many cards, this thick, perhaps in a case with this many openings.</summary>
public sealed record BoardQuery
{
    /// <summary>How many cards must sit in the board's slots.</summary>
    public required int Cards { get; init; }

    /// <summary>Slots each card covers (2 for a dual-slot blower, 3 for most open-air 3090s and 4090s).</summary>
    public int Width { get; init; } = 2;

    /// <summary>The case's expansion openings; null for an open frame, which does not bound the cards.</summary>
    public int? Openings { get; init; }

    /// <summary>Only boards for this CPU socket.</summary>
    public string? Socket { get; init; }
}

/// <summary>A board that takes the cards, where they sit and how each links.</summary>
/// <param name="Board">The board.</param>
/// <param name="Placement">The cards' placement.</param>
/// <param name="Price">The board's newest price, if any.</param>
public sealed record BoardMatch(Motherboard Board, SlotPlacement Placement, PriceQuote? Price)
{
    /// <summary>The narrowest link among the cards, in lanes.</summary>
    public int SlowestLanes => Placement.Placed.Min(p => p.Lanes);

    /// <summary>Cards linked through the chipset.</summary>
    public int ViaChipset => Placement.Placed.Count(p => p.ViaChipset);
}

/// <summary>The boards that take a number of cards of a thickness, by the catalog's slot layouts.</summary>
public static class BoardFinder
{
    /// <summary>
    /// Every board with a known layout that places all the cards, ordered by the slowest card's link (widest first),
    /// then cards through the chipset (fewest first), then price (cheapest first, unpriced last). Proprietary boards are
    /// left out: they come inside a barebone, whose GPU bays decide what fits.
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="query">The cards and the case.</param>
    public static ImmutableArray<BoardMatch> Find(HardwareCatalog catalog, BoardQuery query)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(query);
        return [.. catalog.Motherboards
            .Where(b => !b.Slots.IsEmpty && !string.Equals(b.FormFactor, "proprietary", StringComparison.OrdinalIgnoreCase) && (query.Socket is null || string.Equals(b.Socket, query.Socket, StringComparison.OrdinalIgnoreCase)))
            .Select(b => new BoardMatch(b, SlotPlanner.PlaceCards(b, query.Cards, query.Width, query.Openings), catalog.LatestPrice(b.Id, PriceCondition.New) ?? catalog.LatestPrice(b.Id, PriceCondition.Used)))
            .Where(m => m.Placement.Unplaced.IsEmpty)
            .OrderByDescending(m => m.SlowestLanes)
            .ThenBy(m => m.ViaChipset)
            .ThenBy(m => m.Price is null)
            .ThenBy(m => m.Price?.Price.Value ?? 0)
            .ThenBy(m => m.Board.Name, StringComparer.Ordinal)];
    }
}

using System.Collections.Immutable;
using RigPlan.Core.Catalog;
using RigPlan.Core.Checks.Rules;

namespace RigPlan.Core.Pcie;

/// <summary>What a buyer asks of a board: this many cards, this thick, perhaps in a case with this many openings.</summary>
public sealed record BoardQuery
{
    /// <summary>How many cards must sit in the board's slots.</summary>
    public required int Cards { get; init; }

    /// <summary>Slots each card is thick (2 for a dual-slot blower, 3 for a 3090 Founders Edition; 2.5 covers 3).</summary>
    public double Width { get; init; } = 2;

    /// <summary>The case's expansion openings; null for an open frame, which bounds neither the cards nor the board.</summary>
    public int? Openings { get; init; }

    /// <summary>Only boards for this CPU socket.</summary>
    public string? Socket { get; init; }
}

/// <summary>A board that takes the cards, where they sit and how each links.</summary>
/// <param name="Board">The board.</param>
/// <param name="Placement">The cards' placement.</param>
/// <param name="Price">The board's price: new where known, else used.</param>
public sealed record BoardMatch(Motherboard Board, SlotPlacement Placement, PriceQuote? Price)
{
    /// <summary>The slowest card's link, in GB/s each way.</summary>
    public double SlowestGbps => Placement.Placed.Min(p => LinkRule.Bandwidth(p.Lanes, p.Gen));

    /// <summary>Cards linked through the chipset.</summary>
    public int ViaChipset => Placement.Placed.Count(p => p.ViaChipset);

    /// <summary>Expansion openings a case needs: down to the last position a card covers, and the board's own last slot.</summary>
    public int OpeningsNeeded => Math.Max(Placement.Placed.Max(p => p.LastPosition), Board.LastSlotPosition);
}

/// <summary>The boards a query considered, and those it could not (no sourced layout).</summary>
/// <param name="Matches">Boards that take every card, best first.</param>
/// <param name="NoLayout">Boards of the query's socket whose slot layout is unknown.</param>
public sealed record BoardSearch(ImmutableArray<BoardMatch> Matches, ImmutableArray<Motherboard> NoLayout);

/// <summary>The boards that take a number of cards of a thickness, by the catalog's slot layouts.</summary>
public static class BoardFinder
{
    /// <summary>
    /// Every board with a known layout that places all the cards (and, in a case, whose own slots end within its
    /// openings), ordered by the slowest card's link (fastest first), then cards through the chipset (fewest first), then
    /// price (cheapest first, unpriced last). Proprietary boards are left out: they come inside a barebone, whose GPU bays
    /// decide what fits.
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="query">The cards and the case.</param>
    public static BoardSearch Find(HardwareCatalog catalog, BoardQuery query)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(query);
        var boards = catalog.Motherboards
            .Where(b => !string.Equals(b.FormFactor, "proprietary", StringComparison.OrdinalIgnoreCase) && (query.Socket is null || string.Equals(b.Socket, query.Socket, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var matches = boards
            .Where(b => !b.Slots.IsEmpty && (query.Openings is not { } o || b.LastSlotPosition <= o))
            .Select(b => new BoardMatch(b, SlotPlanner.PlaceCards(b, query.Cards, query.Width, query.Openings), catalog.NewElseUsed(b.Id)))
            .Where(m => m.Placement.Unplaced.IsEmpty)
            .OrderByDescending(m => m.SlowestGbps)
            .ThenBy(m => m.ViaChipset)
            .ThenBy(m => m.Price is null)
            .ThenBy(m => m.Price?.Price.Value ?? 0)
            .ThenBy(m => m.Board.Name, StringComparer.Ordinal);
        return new BoardSearch([.. matches], [.. boards.Where(b => b.Slots.IsEmpty)]);
    }

    /// <summary>Whether any board in the catalog is for this socket.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="socket">The socket's name.</param>
    public static bool KnowsSocket(HardwareCatalog catalog, string socket)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Motherboards.Any(b => string.Equals(b.Socket, socket, StringComparison.OrdinalIgnoreCase));
    }
}

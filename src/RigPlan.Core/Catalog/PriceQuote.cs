using RigPlan.Core.Units;

namespace RigPlan.Core.Catalog;

/// <summary>A price seen for a part on a date, and where.</summary>
public sealed record PriceQuote
{
    /// <summary>The part's id.</summary>
    public required string PartId { get; init; }

    /// <summary>New or used.</summary>
    public required PriceCondition Condition { get; init; }

    /// <summary>The price.</summary>
    public required Usd Price { get; init; }

    /// <summary>The day the price was seen (the first of the month when the source gives only a month).</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The date as the source gives it (YYYY-MM-DD or YYYY-MM).</summary>
    public required string DateText { get; init; }

    /// <summary>Where it was seen.</summary>
    public required string Source { get; init; }

    /// <summary>Remarks.</summary>
    public string? Notes { get; init; }

    /// <summary>True when the price came from the user's own price file.</summary>
    public bool FromUser { get; init; }

    /// <summary>The file and line it was read from.</summary>
    public required SourceLocation Location { get; init; }
}

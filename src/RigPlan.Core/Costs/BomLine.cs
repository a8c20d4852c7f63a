using RigPlan.Core.Catalog;

namespace RigPlan.Core.Costs;

/// <summary>One line of a bill of materials: a part, how many across the build, and the price used.</summary>
public sealed record BomLine
{
    /// <summary>The node kind it belongs to.</summary>
    public required string Node { get; init; }

    /// <summary>The part.</summary>
    public required Part Part { get; init; }

    /// <summary>How many across every machine of the node kind.</summary>
    public required int Quantity { get; init; }

    /// <summary>The price used, or null when none is known.</summary>
    public PriceQuote? Price { get; init; }

    /// <summary>True when the price is of the other condition than the build asked for (no price of that condition is known).</summary>
    public bool FellBack { get; init; }

    /// <summary>True when the price is the GPU model's, standing in for a partner board that has none of its own.</summary>
    public bool PricedAsModel => Part is GpuBoard && Price is not null && Price.PartId != Part.Id;

    /// <summary>Quantity times unit price; null without a price.</summary>
    public double? Subtotal => Price is null ? null : Price.Price.Value * Quantity;
}

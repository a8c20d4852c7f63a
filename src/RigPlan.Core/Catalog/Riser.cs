using RigPlan.Core.Units;

namespace RigPlan.Core.Catalog;

/// <summary>A PCIe riser cable; one rated below the slot's generation downgrades the link.</summary>
public sealed record Riser : Part
{
    /// <inheritdoc />
    public override PartKind Kind => PartKind.Riser;

    /// <summary>PCIe generation it is rated for.</summary>
    public required int PcieGen { get; init; }

    /// <summary>Lanes it carries.</summary>
    public required int Lanes { get; init; }

    /// <summary>Cable length.</summary>
    public required Millimeters Length { get; init; }
}

using RigPlan.Core.Catalog;

namespace RigPlan.Core.Pcie;

/// <summary>A device in a slot, with the link it gets.</summary>
public sealed record PlacedDevice(PcieDevice Device, PcieSlot Slot, int Lanes, int Gen)
{
    /// <summary>True when the slot hangs off the chipset rather than the CPU.</summary>
    public bool ViaChipset => Slot.Attached == LaneSource.Chipset;

    /// <summary>The last expansion position the card covers.</summary>
    public int LastPosition => Device.Riser is null ? Slot.Position + Device.Width - 1 : Slot.Position;

    /// <summary>"x16 Gen4 (CPU)".</summary>
    public string Link => $"x{Lanes} Gen{Gen} via {(ViaChipset ? "chipset" : Slot.Attached == LaneSource.Switch ? "PCIe switch" : "CPU")}";
}

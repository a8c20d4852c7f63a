using System.Collections.Immutable;
using RigPlan.Core.Builds;
using RigPlan.Core.Units;

namespace RigPlan.Core.Power;

/// <summary>The DC load of one machine at full load: GPUs at their power limit, CPUs at TDP, and allowances.</summary>
public sealed record PowerBudget(ImmutableArray<PowerItem> Items)
{
    /// <summary>The sum of every item.</summary>
    public Watts DcLoad => Items.Aggregate(Watts.Zero, (sum, i) => sum + i.Total);

    /// <summary>The GPUs' share.</summary>
    public Watts Gpus { get; init; }

    /// <summary>Everything but the GPUs.</summary>
    public Watts Rest => new(DcLoad.Value - Gpus.Value);

    /// <summary>Builds the budget of a node.</summary>
    public static PowerBudget For(NodeSpec node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var items = ImmutableArray.CreateBuilder<PowerItem>();
        foreach (var group in node.Gpus)
        {
            var label = group.PowerLimit is not null ? $"{group.Board?.Name ?? group.Gpu.Name} (limited to {group.Power})" : group.Board?.Name ?? group.Gpu.Name;
            items.Add(new PowerItem(label, group.Count, group.Power, false));
        }

        var gpus = items.Aggregate(Watts.Zero, (s, i) => s + i.Total);
        items.Add(new PowerItem(node.Cpu.Name, node.CpuCount, node.Cpu.Tdp, false));
        items.Add(new PowerItem("motherboard and BMC (allowance)", 1, PowerAllowances.Motherboard, true));
        if (node.Memory is { } memory)
        {
            items.Add(new PowerItem("memory modules (allowance)", memory.Count, PowerAllowances.Dimm(memory.Part.Generation), true));
        }

        if (node.Drives > 0)
        {
            items.Add(new PowerItem("NVMe drives (allowance)", node.Drives, PowerAllowances.Drive, true));
        }

        items.Add(new PowerItem("fans (allowance)", 1, PowerAllowances.Fans, true));
        foreach (var nic in node.Nics)
        {
            items.Add(new PowerItem(nic.Part.Name + (nic.Part.Power is null ? " (allowance)" : ""), nic.Count, nic.Part.Power ?? PowerAllowances.UnknownNic, nic.Part.Power is null));
        }

        return new PowerBudget(items.ToImmutable()) { Gpus = gpus };
    }
}

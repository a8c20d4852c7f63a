using System.Globalization;

namespace RigPlan.Core.Checks.Rules;

/// <summary>
/// <c>platform.memory-channels</c>: fewer modules than memory channels leaves channels empty and cuts bandwidth in
/// proportion; a count that is not a multiple of the channels leaves them unbalanced.
/// </summary>
/// <remarks>Peak bandwidth per channel = transfer rate x 8 bytes (a 64-bit DDR4/DDR5 channel).</remarks>
public sealed class MemoryChannelsRule : IBuildRule
{
    /// <inheritdoc />
    public RuleInfo Info { get; } = new("platform.memory-channels", "Modules against memory channels", "64-bit channel width; CPU channel counts from the catalog");

    /// <inheritdoc />
    public IEnumerable<Finding> Check(BuildContext build)
    {
        ArgumentNullException.ThrowIfNull(build);
        foreach (var node in build.Nodes)
        {
            if (node.Node.Memory is not { } memory)
            {
                continue;
            }

            // A board with fewer DIMM slots than the CPU has channels wires only as many channels as it has slots.
            var channels = Math.Min(node.Node.Cpu.MemoryChannels * node.Node.CpuCount, node.Node.Motherboard.DimmSlots);
            var perChannel = memory.Part.Speed.Value * 8 / 1000;
            var full = channels * perChannel;
            if (memory.Count < channels)
            {
                var got = memory.Count * perChannel;
                yield return new Finding
                {
                    Rule = Info.Id,
                    Severity = Severity.Warning,
                    Node = node.Name,
                    Message = $"{memory.Count} modules on {channels} memory channels: {channels - memory.Count} channels empty, peak memory bandwidth {got.ToString("0", CultureInfo.InvariantCulture)} GB/s of {full.ToString("0", CultureInfo.InvariantCulture)} GB/s",
                    Fix = FillFix(build, memory.Part, memory.Count, channels),
                };
            }
            else if (memory.Count % channels != 0 && memory.Count <= node.Node.Motherboard.DimmSlots)
            {
                yield return new Finding { Rule = Info.Id, Severity = Severity.Info, Node = node.Name, Message = $"{memory.Count} modules do not divide evenly over {channels} channels, so some channels hold more memory than others", Fix = $"use a multiple of {channels} modules" };
            }
        }
    }

    /// <summary>
    /// Fill every channel with modules of one size, the smallest module size of the same kind in the catalog that keeps
    /// at least the present capacity; with none, the same modules, one per channel.
    /// </summary>
    private static string FillFix(BuildContext build, RigPlan.Core.Catalog.MemoryModule module, int count, int channels)
    {
        var wanted = module.Capacity.Value * count;
        var size = build.Catalog.Memory
            .Where(m => m.Generation == module.Generation && m.DimmKind == module.DimmKind && m.Capacity.Value * channels >= wanted)
            .Select(m => m.Capacity.Value)
            .DefaultIfEmpty(module.Capacity.Value)
            .Min();
        var total = size * channels;
        var capacity = Math.Abs(total - wanted) < 0.5 ? "same capacity" : $"{Fmt.N(total)} GB in all";
        return $"use {channels} modules of {Fmt.N(size)} GB ({capacity}, every channel filled)";
    }
}

namespace RigPlan.Core.Checks.Rules;

/// <summary><c>platform.memory-capacity</c>: module count against DIMM slots, and total memory against board and CPU maxima.</summary>
public sealed class MemoryCapacityRule : IBuildRule
{
    /// <inheritdoc />
    public RuleInfo Info { get; } = new("platform.memory-capacity", "Memory modules and capacity against the board and CPU", "board DIMM slots and maximum memory, CPU maximum memory per socket");

    /// <inheritdoc />
    public IEnumerable<Finding> Check(BuildContext build)
    {
        ArgumentNullException.ThrowIfNull(build);
        foreach (var node in build.Nodes)
        {
            var board = node.Node.Motherboard;
            if (node.Node.Memory is not { } memory)
            {
                yield return new Finding { Rule = Info.Id, Severity = Severity.Warning, Node = node.Name, Message = "the node lists no memory", Fix = $"add memory: {{ part: ..., count: {node.Node.Cpu.MemoryChannels * node.Node.CpuCount} }} (one module per channel)" };
                continue;
            }

            var total = memory.Part.Capacity.Value * memory.Count;
            if (memory.Count > board.DimmSlots)
            {
                yield return new Finding { Rule = Info.Id, Severity = Severity.Error, Node = node.Name, Message = $"{memory.Count} memory modules, but {board.Name} has {board.DimmSlots} DIMM slots", Fix = $"use at most {board.DimmSlots} modules, of larger capacity" };
            }

            if (board.MaxMemory is { } boardMax && total > boardMax.Value)
            {
                yield return new Finding { Rule = Info.Id, Severity = Severity.Error, Node = node.Name, Message = $"{Fmt.N(total)} GB of memory, but {board.Name} takes at most {Fmt.N(boardMax.Value)} GB", Fix = $"use at most {Fmt.N(boardMax.Value)} GB" };
            }

            if (node.Node.Cpu.MaxMemory is { } cpuMax && total > cpuMax.Value * node.Node.CpuCount)
            {
                yield return new Finding { Rule = Info.Id, Severity = Severity.Error, Node = node.Name, Message = $"{Fmt.N(total)} GB of memory, but {node.Node.Cpu.Name} addresses at most {Fmt.N(cpuMax.Value * node.Node.CpuCount)} GB", Fix = $"use at most {Fmt.N(cpuMax.Value * node.Node.CpuCount)} GB" };
            }
        }
    }
}

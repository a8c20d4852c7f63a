using RigPlan.Core.Catalog;

namespace RigPlan.Core.Checks.Rules;

/// <summary><c>platform.memory-type</c>: DDR generation against board and CPU, and UDIMM/RDIMM against what the board takes.</summary>
public sealed class MemoryTypeRule : IBuildRule
{
    /// <inheritdoc />
    public RuleInfo Info { get; } = new("platform.memory-type", "Memory generation and module kind against board and CPU", "board and CPU memory support in the catalog");

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

            var module = memory.Part;
            var board = node.Node.Motherboard;
            var cpu = node.Node.Cpu;
            var problems = new List<string>();
            if (module.Generation != board.MemoryType)
            {
                problems.Add($"{board.Name} takes {Gen(board.MemoryType)}, not {Gen(module.Generation)}");
            }
            else if (module.Generation != cpu.MemoryType)
            {
                problems.Add($"{cpu.Name} drives {Gen(cpu.MemoryType)}, not {Gen(module.Generation)}");
            }

            if (!board.DimmKinds.Contains(module.DimmKind))
            {
                problems.Add($"{board.Name} takes {string.Join("/", board.DimmKinds.Select(k => k.ToString().ToUpperInvariant()))}, not {module.DimmKind.ToString().ToUpperInvariant()}");
            }

            if (problems.Count == 0)
            {
                continue;
            }

            var fits = build.Catalog.Memory
                .Where(m => m.Generation == board.MemoryType && board.DimmKinds.Contains(m.DimmKind))
                .OrderBy(m => Math.Abs(m.Capacity.Value - module.Capacity.Value))
                .Take(2)
                .Select(Suggest.Name)
                .ToList();
            yield return new Finding
            {
                Rule = Info.Id,
                Severity = Severity.Error,
                Node = node.Name,
                Message = $"{module.Name}: {string.Join("; ", problems)}",
                Fix = fits.Count > 0 ? $"use {Gen(board.MemoryType)} {string.Join("/", board.DimmKinds.Select(k => k.ToString().ToUpperInvariant()))} modules, e.g. {Fmt.List(fits)}" : $"use {Gen(board.MemoryType)} modules the board supports",
            };
        }
    }

    private static string Gen(MemoryGeneration generation) => generation.ToString().ToUpperInvariant();
}

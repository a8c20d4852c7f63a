using RigPlan.Core.Catalog;

namespace RigPlan.Core.Checks.Rules;

/// <summary>
/// <c>fit.slot-spacing</c>: a card covers the positions below its slot (a 3-slot card in position 1 covers 2 and 3),
/// so wide cards need slots that far apart; reported when spacing, not the slot count, leaves cards without a slot.
/// </summary>
public sealed class SlotSpacingRule : IBuildRule
{
    /// <inheritdoc />
    public RuleInfo Info { get; } = new("fit.slot-spacing", "Card widths against the distance between slots", "card slot widths (reference and partner boards) and board slot positions in the catalog");

    /// <inheritdoc />
    public IEnumerable<Finding> Check(BuildContext build)
    {
        ArgumentNullException.ThrowIfNull(build);
        foreach (var node in build.Nodes)
        {
            var placement = node.Placement;
            if (placement.Unplaced.IsEmpty || !placement.SpacingIsTheProblem)
            {
                continue;
            }

            var board = node.Node.Motherboard;
            var widths = node.Node.Gpus.Select(g => g.SlotWidth).Where(w => w is not null).Select(w => w!.Value).DefaultIfEmpty(2).Max();
            var positions = string.Join(", ", board.Slots.Select(s => s.Position));
            var placed = placement.Placed.Where(p => p.Device.IsGpu).Select(p => p.Slot.Position.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var limit = placement.Openings is { } o ? $"; the case has {o} expansion openings" : "";
            var message = $"{Fmt.Count(node.Node.GpuCount, "card")} up to {widths:0.#} slots wide do not fit {board.Name}'s slots at positions {positions}{limit}: only {placed.Count} fit (in {Fmt.List(placed)}); {Fmt.List(placement.Unplaced.Select(d => d.Label))} left over";
            var fixes = new List<string>();
            var spacing = board.Slots.Zip(board.Slots.Skip(1), (a, b) => b.Position - a.Position).DefaultIfEmpty(1).Min();
            foreach (var group in node.Node.Gpus.Where(g => g.SlotWidth is { } w && w > spacing).DistinctBy(g => g.Gpu.Id))
            {
                var narrow = Suggest.NarrowBoards(build.Catalog, group.Gpu, Math.Max(spacing, 2)).Take(2).ToList();
                if (narrow.Count > 0)
                {
                    fixes.Add($"use {Math.Max(spacing, 2):0}-slot {(narrow.Any(b => b.Cooling == Cooling.Blower) ? "blower " : "")}{group.Gpu.Name} boards, e.g. {Fmt.List(narrow.Select(Suggest.Name))}, in every other slot");
                }
            }

            fixes.Add((fixes.Count > 0 ? "or " : "") + "mount cards on risers (riser: ... on the GPU entry) in an open frame or a chassis with vertical mounts");
            yield return new Finding { Rule = Info.Id, Severity = Severity.Error, Node = node.Name, Message = message, Fix = string.Join("; ", fixes) };
        }
    }
}

namespace RigPlan.Core.Checks.Rules;

/// <summary><c>pcie.slots</c>: every GPU and NIC gets a slot (or a riser to one); reported when the board simply has too few.</summary>
public sealed class SlotsRule : IBuildRule
{
    /// <inheritdoc />
    public RuleInfo Info { get; } = new("pcie.slots", "Every GPU and NIC gets a PCIe slot", "the board's slot list in the catalog");

    /// <inheritdoc />
    public IEnumerable<Finding> Check(BuildContext build)
    {
        ArgumentNullException.ThrowIfNull(build);
        foreach (var node in build.Nodes)
        {
            var placement = node.Placement;
            var board = node.Node.Motherboard;
            var devices = placement.Placed.Length + placement.Unplaced.Length;
            if (devices == 0)
            {
                continue;
            }

            if (!placement.LayoutKnown)
            {
                yield return new Finding { Rule = Info.Id, Severity = Severity.Warning, Node = node.Name, Message = $"the catalog has no slot layout for {board.Name}, so slots, spacing and links of the {Fmt.Count(devices, "card")} cannot be checked", Fix = "check the board manual's slot diagram, or pick a board whose layout is known (`rigplan parts motherboards`: 'Slot layout known')" };
                continue;
            }

            if (placement.Unplaced.IsEmpty || placement.SpacingIsTheProblem)
            {
                continue;
            }

            var fixedBad = placement.Unplaced.Where(d => d.FixedPosition is { } p && !board.Slots.Any(s => s.Position == p)).ToList();
            foreach (var device in fixedBad)
            {
                yield return new Finding { Rule = Info.Id, Severity = Severity.Error, Node = node.Name, Message = $"{device.Label} is placed in slot position {device.FixedPosition}, which {board.Name} does not have (its slots: {string.Join(", ", board.Slots.Select(s => s.Position))})", Fix = "use one of the board's slot positions, or leave 'slots' out to let RigPlan place the cards" };
            }

            var x16 = board.Slots.Count(s => s.PhysicalLanes >= 16);
            yield return new Finding
            {
                Rule = Info.Id,
                Severity = Severity.Error,
                Node = node.Name,
                Message = $"{Fmt.List(placement.Unplaced.Select(d => d.Label))} find no slot: {board.Name} has {Fmt.Count(board.Slots.Length, "slot")} ({x16} of them x16) for {Fmt.Count(devices, "card")}",
                Fix = "hang cards on risers in an open frame, or use a board with more x16 slots",
            };
        }
    }
}

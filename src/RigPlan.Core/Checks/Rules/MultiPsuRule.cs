using RigPlan.Core.Catalog;

namespace RigPlan.Core.Checks.Rules;

/// <summary>
/// <c>power.multi-psu</c>: several ATX PSUs in one machine must switch on together (the board's power-on signal
/// reaches only one), so they need a start-up relay or a server chassis with a PSU backplane.
/// </summary>
public sealed class MultiPsuRule : IBuildRule
{
    /// <inheritdoc />
    public RuleInfo Info { get; } = new("power.multi-psu", "Several ATX PSUs need a start-up sync", "ATX PS_ON signalling: one board drives one PSU");

    /// <inheritdoc />
    public IEnumerable<Finding> Check(BuildContext build)
    {
        ArgumentNullException.ThrowIfNull(build);
        foreach (var node in build.Nodes)
        {
            if (node.PsuUnits > 1 && node.Node.Chassis?.ChassisKind != ChassisKind.Barebone && node.Node.Psus.Any(p => p.Part.FormFactor is "ATX" or "SFX"))
            {
                yield return new Finding
                {
                    Rule = Info.Id,
                    Severity = Severity.Warning,
                    Node = node.Name,
                    Message = $"{node.PsuUnits} ATX PSUs in one machine must switch on together",
                    Fix = "use a dual-PSU start-up adapter (add2psu relay) and power each GPU from one PSU only (slot power comes from the board's PSU), or use a server chassis with a PSU backplane",
                };
            }
        }
    }
}

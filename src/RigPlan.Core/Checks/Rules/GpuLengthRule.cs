namespace RigPlan.Core.Checks.Rules;

/// <summary><c>fit.gpu-length</c>: each card's length against the longest card the chassis takes.</summary>
public sealed class GpuLengthRule : IBuildRule
{
    /// <summary>The rule's id.</summary>
    public const string Id = "fit.gpu-length";

    /// <inheritdoc/>
    public RuleInfo Info { get; } = new(Id, "Card length against the chassis' maximum", "card lengths (reference and partner boards) and chassis clearances in the catalog");

    /// <inheritdoc />
    public IEnumerable<Finding> Check(BuildContext build)
    {
        ArgumentNullException.ThrowIfNull(build);
        foreach (var node in build.Nodes)
        {
            if (node.Node.Chassis is not { MaxGpuLength: { } max } chassis)
            {
                continue;
            }

            foreach (var group in node.Node.Gpus.Where(g => g.Riser is null && g.Length is { } l && l > max))
            {
                yield return new Finding
                {
                    Rule = Info.Id,
                    Severity = Severity.Error,
                    Node = node.Name,
                    Message = $"{group.Board?.Name ?? group.Gpu.Name} is {group.Length!.Value.Value:0} mm long; {chassis.Name} takes cards up to {max.Value:0} mm",
                    Fix = "choose a shorter board variant (`rigplan parts gpu-boards --search MODEL`) or a larger chassis",
                };
            }
        }
    }
}

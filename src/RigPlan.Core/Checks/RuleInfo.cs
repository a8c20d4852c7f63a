namespace RigPlan.Core.Checks;

/// <summary>What a rule is: its id, a one-line description, and where its numbers come from.</summary>
/// <param name="Id">Stable id, e.g. <c>power.circuit</c>.</param>
/// <param name="Title">One line for lists and docs.</param>
/// <param name="Basis">Where its thresholds come from.</param>
public sealed record RuleInfo(string Id, string Title, string Basis);

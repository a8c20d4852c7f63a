namespace RigPlan.Core.Workloads.Training;

/// <summary>A setting that cannot be used, the option that set it, and how to fix it.</summary>
/// <param name="Option">The option (<c>--zero</c>).</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Fix">How to fix it.</param>
public sealed record SetupProblem(string Option, string Message, string Fix);

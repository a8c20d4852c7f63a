namespace RigPlan.Core.Workloads.Training;

/// <summary>The fitted efficiency factors of one workload family and how well they match the measurements.</summary>
/// <param name="Family">The family.</param>
/// <param name="Utilization">Share of peak dense tensor throughput reached in the compute term.</param>
/// <param name="FlopsPerByte">Fitted arithmetic intensity of the memory term, FLOPs per byte of DRAM traffic at 16-bit precision; null where the family has no memory term (language models).</param>
/// <param name="Rows">Measurements fitted.</param>
/// <param name="MedianError">Median absolute relative error of the fitted predictions.</param>
public sealed record FamilyFit(TrainFamily Family, double Utilization, double? FlopsPerByte, int Rows, double MedianError);

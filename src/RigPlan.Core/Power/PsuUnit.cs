using RigPlan.Core.Units;

namespace RigPlan.Core.Power;

/// <summary>One PSU unit at the wall: which machine it feeds, its share of the load, and what it draws.</summary>
public sealed record PsuUnit(string Node, int Machine, string Psu, Watts DcShare, double Efficiency, Watts Wall, int? RequestedCircuit);

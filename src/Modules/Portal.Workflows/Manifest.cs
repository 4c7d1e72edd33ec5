using Portal.Core.Modules;

[assembly: Module(
    Name = "Arbejdsgange",
    Description = "Godkendelser og andre arbejdsgange som data: typer med aktiviteter og overgange, forløb knyttet til indhold, opgaver i \"Mine opgaver\" (godkend, afvis, send tilbage), \"Send til godkendelse\" i editoren og beskeder til den, der sendte.",
    Dependencies = ["Portal.Contents"])]

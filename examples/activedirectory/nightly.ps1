#Requires -Version 5.1
#Requires -Modules ActiveDirectory
<#
.SYNOPSIS
    Nightly Active Directory provisioning the direct way: the Create actions of a saved RosterTools plan, piped
    straight to New-ADUser.

.DESCRIPTION
    A RosterTools plan names its properties as New-ADUser names its parameters (Name, SamAccountName,
    UserPrincipalName, GivenName, Surname, DisplayName, EmailAddress, Path, EmployeeID, Enabled), so its Create
    actions bind to New-ADUser by property name. This script adds what a plan never holds, a password (random,
    to be changed at first sign-in), and leaves every other action to RosterTools' own apply, which also keeps the
    journal and the audit log.

    The plan is a JSON file saved by RosterTools (format rostertools-plan). Run with -WhatIf first.

.EXAMPLE
    ./nightly.ps1 -PlanPath D:\RosterTools\plans\2026-09-01.json -Server dc01.example.org -WhatIf

.EXAMPLE
    ./nightly.ps1 -PlanPath .\plan.json -Server dc01 -Credential (Get-Credential EXAMPLE\svc-roster)
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)]
    [string] $PlanPath,

    [string] $Server,

    [System.Management.Automation.PSCredential] $Credential
)

$ErrorActionPreference = 'Stop'
$plan = Get-Content -LiteralPath $PlanPath -Raw | ConvertFrom-Json
if ($plan.format -ne 'rostertools-plan') {
    throw "$PlanPath is not a RosterTools plan (its format is '$($plan.format)')."
}

if ($plan.blocked) {
    throw "The plan is blocked by a safety limit: $($plan.blockedReasons -join '; '). Review it; nothing was created."
}

$target = @{}
if ($Server) { $target.Server = $Server }
if ($Credential) { $target.Credential = $Credential }

function New-InitialPassword {
    # 16 random characters from a cryptographic generator; never written anywhere.
    $alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%+=?'
    $bytes = New-Object byte[] 16
    $random = [System.Security.Cryptography.RandomNumberGenerator]::Create()
    try { $random.GetBytes($bytes) } finally { $random.Dispose() }
    $chars = foreach ($byte in $bytes) { $alphabet[$byte % $alphabet.Length] }
    ConvertTo-SecureString -String (-join $chars) -AsPlainText -Force
}

$creates = @($plan.actions | Where-Object { $_.action -eq 'Create' })
Write-Verbose "$($creates.Count) of $($plan.actions.Count) actions are Create; the rest are left to RosterTools' apply."

# Each Create action binds to New-ADUser by property name; the password and first-sign-in change are added here.
$creates |
    Select-Object -Property name, samAccountName, userPrincipalName, givenName, surname, displayName, emailAddress, path, employeeID, enabled,
        @{ Name = 'AccountPassword'; Expression = { New-InitialPassword } },
        @{ Name = 'ChangePasswordAtLogon'; Expression = { $true } } |
    New-ADUser @target -PassThru -WhatIf:$WhatIfPreference |
    Select-Object -Property SamAccountName, DistinguishedName, ObjectGUID

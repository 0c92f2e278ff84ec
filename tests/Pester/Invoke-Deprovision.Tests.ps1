#Requires -Version 5.1
# Invoke-Deprovision: disables, removals, deletes with -Force; dependents of a declined action; the lifecycle state.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $Plans = Join-Path $PSScriptRoot 'data'
}

Describe 'Invoke-Deprovision' {
    BeforeEach {
        $state = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        $null = Connect-RosterTarget -Local -StatePath $state
        $null = Invoke-Provision -Plan (Join-Path $Plans 'first-sync.plan.json') -Confirm:$false
    }

    It 'disables, removes and deletes with -Force and records the day the account was disabled' {
        $results = @(Invoke-Deprovision -Plan (Join-Path $Plans 'leaver.plan.json') -Confirm:$false -Force)
        ($results | ForEach-Object { $_.Status.ToString() }) | Should -Be @('Done', 'Done', 'Done')
        @(Get-RosterDirectory).Username | Should -Be @('jdoe')
        $lifecycle = Get-Content -Raw -LiteralPath (Join-Path $state 'lifecycle.json') | ConvertFrom-Json
        ($lifecycle.accounts | Where-Object anchor -eq 'E2').disabledOn | Should -Be '2026-11-22'
    }

    It 'changes nothing with -WhatIf' {
        Invoke-Deprovision -Plan (Join-Path $Plans 'leaver.plan.json') -WhatIf | Should -BeNullOrEmpty
        (Get-RosterDirectory -Name asmith).Enabled | Should -BeTrue
    }

    It 'has ConfirmImpact High' {
        $type = (Get-Command Invoke-Deprovision).ImplementingType
        $attribute = $type.GetCustomAttributes($true) | Where-Object { $_.GetType().Name -eq 'CmdletAttribute' }
        $attribute.ConfirmImpact.ToString() | Should -Be 'High'
    }

    It 'applies a blocked plan with -Force -OverrideSafetyLimit' {
        $results = @(Invoke-Deprovision -Plan (Join-Path $Plans 'blocked.plan.json') -Confirm:$false -Force -OverrideSafetyLimit)
        $results.Count | Should -Be 3
        (Get-RosterDirectory -Name asmith) | Should -BeNullOrEmpty
    }
}
